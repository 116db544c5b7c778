/**
 * Every curated comparison, one file per pair (`A-vs-B.ts`). A test checks
 * that each file in this folder is listed here exactly once.
 */
import c100vs417 from './100-vs-417.ts';
import c101vs426 from './101-vs-426.ts';
import c200vs201 from './200-vs-201.ts';
import c200vs204 from './200-vs-204.ts';
import c200vs206 from './200-vs-206.ts';
import c202vs201 from './202-vs-201.ts';
import c204vs205 from './204-vs-205.ts';
import c206vs416 from './206-vs-416.ts';
import c301vs302 from './301-vs-302.ts';
import c301vs308 from './301-vs-308.ts';
import c301vs410 from './301-vs-410.ts';
import c302vs303 from './302-vs-303.ts';
import c302vs307 from './302-vs-307.ts';
import c303vs307 from './303-vs-307.ts';
import c304vs200 from './304-vs-200.ts';
import c304vs412 from './304-vs-412.ts';
import c307vs308 from './307-vs-308.ts';
import c400vs415 from './400-vs-415.ts';
import c400vs422 from './400-vs-422.ts';
import c401vs403 from './401-vs-403.ts';
import c401vs407 from './401-vs-407.ts';
import c403vs404 from './403-vs-404.ts';
import c404vs410 from './404-vs-410.ts';
import c405vs501 from './405-vs-501.ts';
import c406vs415 from './406-vs-415.ts';
import c408vs504 from './408-vs-504.ts';
import c409vs412 from './409-vs-412.ts';
import c411vs400 from './411-vs-400.ts';
import c412vs428 from './412-vs-428.ts';
import c413vs431 from './413-vs-431.ts';
import c414vs431 from './414-vs-431.ts';
import c419vs403 from './419-vs-403.ts';
import c420vs429 from './420-vs-429.ts';
import c422vs409 from './422-vs-409.ts';
import c423vs409 from './423-vs-409.ts';
import c425vs429 from './425-vs-429.ts';
import c429vs503 from './429-vs-503.ts';
import c444vs499 from './444-vs-499.ts';
import c451vs403 from './451-vs-403.ts';
import c499vs504 from './499-vs-504.ts';
import c500vs502 from './500-vs-502.ts';
import c500vs503 from './500-vs-503.ts';
import c502vs503 from './502-vs-503.ts';
import c502vs504 from './502-vs-504.ts';
import c503vs504 from './503-vs-504.ts';
import c511vs407 from './511-vs-407.ts';
import c520vs502 from './520-vs-502.ts';
import c522vs504 from './522-vs-504.ts';
import c524vs504 from './524-vs-504.ts';
import c400vs401 from './400-vs-401.ts';
import c400vs404 from './400-vs-404.ts';
import c204vs404 from './204-vs-404.ts';
import c400vs500 from './400-vs-500.ts';
import c500vs504 from './500-vs-504.ts';
import c404vs405 from './404-vs-405.ts';
import c400vs409 from './400-vs-409.ts';
import c200vs202 from './200-vs-202.ts';
import c521vs522 from './521-vs-522.ts';
import c301vs307 from './301-vs-307.ts';
import c403vs429 from './403-vs-429.ts';
import c403vs405 from './403-vs-405.ts';
import c401vs419 from './401-vs-419.ts';
import c408vs499 from './408-vs-499.ts';
import c400vs406 from './400-vs-406.ts';
import c301vs304 from './301-vs-304.ts';

export const comparisonEntries = [
  c304vs200,
  c100vs417,
  c101vs426,
  c200vs201,
  c200vs204,
  c200vs206,
  c202vs201,
  c204vs205,
  c206vs416,
  c301vs302,
  c301vs308,
  c301vs410,
  c302vs303,
  c302vs307,
  c303vs307,
  c304vs412,
  c307vs308,
  c400vs415,
  c400vs422,
  c401vs403,
  c401vs407,
  c403vs404,
  c404vs410,
  c405vs501,
  c406vs415,
  c408vs504,
  c409vs412,
  c411vs400,
  c412vs428,
  c413vs431,
  c414vs431,
  c419vs403,
  c420vs429,
  c422vs409,
  c423vs409,
  c425vs429,
  c429vs503,
  c444vs499,
  c451vs403,
  c499vs504,
  c500vs502,
  c500vs503,
  c502vs503,
  c502vs504,
  c503vs504,
  c511vs407,
  c520vs502,
  c522vs504,
  c524vs504,
  c400vs401,
  c400vs404,
  c204vs404,
  c400vs500,
  c500vs504,
  c404vs405,
  c400vs409,
  c200vs202,
  c521vs522,
  c301vs307,
  c403vs429,
  c403vs405,
  c401vs419,
  c408vs499,
  c400vs406,
  c301vs304,
];
