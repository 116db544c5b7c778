/**
 * Every curated comparison, one file per pair (`A-vs-B.ts`). A test checks
 * that each file in this folder is listed here exactly once.
 */
import c304vs200 from './304-vs-200.ts';

export const comparisonEntries = [
  c304vs200,
];
