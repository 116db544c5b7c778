/**
 * Writes the API's fixed resources to dist/api/v1/ as `.json` files, with
 * the bytes the live server sends, plus `_headers` and `_redirects` for static
 * hosts that read them (Netlify, Cloudflare Pages), so the extension-less URLs
 * and the content type work there too.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildCatalog } from '../api/catalog.ts';
import { cachePolicy } from '../api/cache-policy.ts';
import { API_BASE } from '../api/endpoints.ts';

/** The file that holds the resource at `path`: /api/v1/codes/304 → api/v1/codes/304.json. */
export function exportFileFor(path: string): string {
  return `${path.slice(1)}.json`;
}

/** Writes the export; returns the number of resources written. */
export function exportApi(distDir: string): number {
  const catalog = buildCatalog();
  for (const [path, representation] of catalog) {
    const file = join(distDir, exportFileFor(path));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, representation.identity.body);
  }
  writeFileSync(
    join(distDir, '_headers'),
    [
      `${API_BASE}/*`,
      '  Content-Type: application/json',
      `  Cache-Control: ${cachePolicy.api}`,
      '  Access-Control-Allow-Origin: *',
      '  X-Content-Type-Options: nosniff',
      `${API_BASE}.json`,
      '  Content-Type: application/json',
      `  Cache-Control: ${cachePolicy.api}`,
      '  Access-Control-Allow-Origin: *',
      '/_astro/*',
      `  Cache-Control: ${cachePolicy.immutable}`,
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(distDir, '_redirects'),
    [`${API_BASE} ${API_BASE}.json 200`, `${API_BASE}/* ${API_BASE}/:splat.json 200`, ''].join('\n'),
  );
  return catalog.size;
}
