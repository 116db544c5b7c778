/**
 * Every status-code entry, one file per code (`NNN.ts`). A test checks that
 * each file in this folder is listed here exactly once.
 */
import c200 from './200.ts';
import c304 from './304.ts';

export const codeEntries = [c200, c304];
