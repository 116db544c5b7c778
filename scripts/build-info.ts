/**
 * Records when the site's content last changed, for the Last-Modified of
 * every static file: the time of the last commit when the tree is a git
 * checkout, else the latest `updated` date in the dataset. Never the build
 * or process start time, so two builds of one commit agree (RFC 9110 §8.8.2).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparisons, statusCodes } from '../data/dataset.ts';
import { BUILD_INFO_FILE } from '../api/static-site.ts';

function lastCommitTime(root: string): string | undefined {
  try {
    const output = execFileSync('git', ['log', '-1', '--format=%cI'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return output.trim() || undefined;
  } catch {
    return undefined;
  }
}

function latestDataDate(): string {
  const dates = [...statusCodes.map((s) => s.updated), ...comparisons.map((c) => c.updated)].sort();
  return `${dates.at(-1)}T00:00:00Z`;
}

/** Writes `dist/build-info.json`; returns the recorded time. */
export function writeBuildInfo(root: string, distDir: string): string {
  const lastModified = new Date(lastCommitTime(root) ?? latestDataDate()).toISOString();
  writeFileSync(join(distDir, BUILD_INFO_FILE), `${JSON.stringify({ lastModified }, null, 2)}\n`);
  return lastModified;
}
