/**
 * Every status-code entry, one file per code (`NNN.ts`). A test checks that
 * each file in this folder is listed here exactly once.
 */
import c100 from './100.ts';
import c101 from './101.ts';
import c102 from './102.ts';
import c103 from './103.ts';
import c104 from './104.ts';
import c200 from './200.ts';
import c201 from './201.ts';
import c202 from './202.ts';
import c203 from './203.ts';
import c204 from './204.ts';
import c205 from './205.ts';
import c206 from './206.ts';
import c207 from './207.ts';
import c208 from './208.ts';
import c226 from './226.ts';
import c300 from './300.ts';
import c301 from './301.ts';
import c302 from './302.ts';
import c303 from './303.ts';
import c304 from './304.ts';
import c305 from './305.ts';
import c306 from './306.ts';
import c307 from './307.ts';
import c308 from './308.ts';
import c400 from './400.ts';
import c401 from './401.ts';
import c402 from './402.ts';
import c403 from './403.ts';
import c404 from './404.ts';
import c405 from './405.ts';
import c406 from './406.ts';
import c407 from './407.ts';
import c408 from './408.ts';
import c409 from './409.ts';
import c410 from './410.ts';
import c411 from './411.ts';
import c412 from './412.ts';
import c413 from './413.ts';
import c414 from './414.ts';
import c415 from './415.ts';
import c416 from './416.ts';
import c417 from './417.ts';
import c418 from './418.ts';
import c419 from './419.ts';
import c420 from './420.ts';
import c421 from './421.ts';
import c422 from './422.ts';
import c423 from './423.ts';
import c424 from './424.ts';
import c425 from './425.ts';
import c426 from './426.ts';
import c428 from './428.ts';
import c429 from './429.ts';
import c430 from './430.ts';
import c431 from './431.ts';
import c440 from './440.ts';
import c444 from './444.ts';
import c449 from './449.ts';
import c450 from './450.ts';
import c451 from './451.ts';
import c460 from './460.ts';
import c463 from './463.ts';
import c464 from './464.ts';
import c494 from './494.ts';
import c495 from './495.ts';
import c496 from './496.ts';
import c497 from './497.ts';
import c498 from './498.ts';
import c499 from './499.ts';
import c500 from './500.ts';
import c501 from './501.ts';
import c502 from './502.ts';
import c503 from './503.ts';
import c504 from './504.ts';
import c505 from './505.ts';
import c506 from './506.ts';
import c507 from './507.ts';
import c508 from './508.ts';
import c509 from './509.ts';
import c510 from './510.ts';
import c511 from './511.ts';
import c520 from './520.ts';
import c521 from './521.ts';
import c522 from './522.ts';
import c523 from './523.ts';
import c524 from './524.ts';
import c525 from './525.ts';
import c526 from './526.ts';
import c527 from './527.ts';
import c529 from './529.ts';
import c530 from './530.ts';
import c561 from './561.ts';
import c598 from './598.ts';
import c599 from './599.ts';

export const codeEntries = [
  c100,
  c101,
  c102,
  c103,
  c104,
  c200,
  c201,
  c202,
  c203,
  c204,
  c205,
  c206,
  c207,
  c208,
  c226,
  c300,
  c301,
  c302,
  c303,
  c304,
  c305,
  c306,
  c307,
  c308,
  c400,
  c401,
  c402,
  c403,
  c404,
  c405,
  c406,
  c407,
  c408,
  c409,
  c410,
  c411,
  c412,
  c413,
  c414,
  c415,
  c416,
  c417,
  c418,
  c419,
  c420,
  c421,
  c422,
  c423,
  c424,
  c425,
  c426,
  c428,
  c429,
  c430,
  c431,
  c440,
  c444,
  c449,
  c450,
  c451,
  c460,
  c463,
  c464,
  c494,
  c495,
  c496,
  c497,
  c498,
  c499,
  c500,
  c501,
  c502,
  c503,
  c504,
  c505,
  c506,
  c507,
  c508,
  c509,
  c510,
  c511,
  c520,
  c521,
  c522,
  c523,
  c524,
  c525,
  c526,
  c527,
  c529,
  c530,
  c561,
  c598,
  c599,
];
