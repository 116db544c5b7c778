/** Writes `dist/_headers` and `dist/_redirects` from the response policy (see host-files.ts). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildInfo } from '../../api/static-site.ts';
import { assertWithinLimits, headersFile, redirectsFile } from './host-files.ts';
import { staticTarget } from './static-target.ts';

/** Writes both files; returns how many header rules and redirects they hold. */
export function writeHostFiles(distDir: string, info: BuildInfo): { headerRules: number; redirects: number } {
  const target = staticTarget(distDir, info);
  const headersText = headersFile(target.headerRules);
  assertWithinLimits(target.headerRules, target.redirects, headersText);
  writeFileSync(join(distDir, '_headers'), headersText);
  // The pair pages' rules come last: their final rules are dynamic (`:pair`).
  writeFileSync(join(distDir, '_redirects'), redirectsFile([...target.redirects, ...target.pairRules]));
  return { headerRules: target.headerRules.length, redirects: target.redirects.length };
}
