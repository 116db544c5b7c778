/**
 * Builds the Pagefind index of the built site with Pagefind's Node API.
 * Pagefind reports problems in `errors` arrays instead of throwing; any
 * error fails the build.
 */
import * as pagefind from 'pagefind';
import { join } from 'node:path';

function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n  ${response.errors.join('\n  ')}`);
  return response;
}

/** Indexes every HTML page of `distDir` and writes the bundle to `distDir/pagefind`; returns the page count. */
export async function indexSearch(distDir: string): Promise<number> {
  try {
    const { index } = check('createIndex', await pagefind.createIndex({ forceLanguage: 'en' }));
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const { page_count } = check('addDirectory', await index.addDirectory({ path: distDir, glob: '**/*.html' }));
    check('writeFiles', await index.writeFiles({ outputPath: join(distDir, 'pagefind') }));
    return page_count;
  } finally {
    await pagefind.close();
  }
}
