/**
 * Writes the API's fixed resources to dist/api/v1/ as `.json` files, with
 * the bytes the live server sends, for static hosts. The rules that map the
 * extension-less URLs to these files are written by scripts/static-host/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildCatalog } from '../api/catalog.ts';
import { exportedFile } from '../api/policy/redirect-rules.ts';

/** The file that holds the resource at `path`, relative to dist/: /api/v1/codes/304 → api/v1/codes/304.json. */
export function exportFileFor(path: string): string {
  return exportedFile(path).slice(1);
}

/** Writes the export; returns the number of resources written. */
export function exportApi(distDir: string): number {
  const catalog = buildCatalog();
  for (const [path, representation] of catalog) {
    const file = join(distDir, exportFileFor(path));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, representation.identity.body);
  }
  return catalog.size;
}
