/**
 * Records what the server and the static-host files need to know about the
 * build: when the site's content last changed, for the Last-Modified of every
 * static file (the time of the last commit when the tree is a git checkout,
 * else the latest `updated` date in the dataset; never the build or process
 * start time, so two builds of one commit agree, RFC 9110 §8.8.2), and the
 * CSP hash sources of the pages' inline scripts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparisons, statusCodes } from '../data/dataset.ts';
import { siteScriptHashes } from '../api/policy/script-hashes.ts';
import { BUILD_INFO_FILE, type BuildInfo, walk } from '../api/static-site.ts';

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

function* pages(distDir: string): Generator<string> {
  for (const file of walk(distDir)) if (file.endsWith('.html')) yield readFileSync(file, 'utf8');
}

/** Writes `dist/build-info.json`; returns what it recorded. */
export function writeBuildInfo(root: string, distDir: string): BuildInfo {
  const info: BuildInfo = {
    lastModified: new Date(lastCommitTime(root) ?? latestDataDate()).toISOString(),
    scriptHashes: siteScriptHashes(pages(distDir)),
  };
  writeFileSync(join(distDir, BUILD_INFO_FILE), `${JSON.stringify(info, null, 2)}\n`);
  return info;
}
