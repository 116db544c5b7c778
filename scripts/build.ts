/**
 * `npm run build`: validates the data, builds the site with Astro, indexes it
 * with Pagefind, exports the API as static JSON, records the build info and
 * writes the static hosts' `_headers` and `_redirects`, all into dist/. Fails with a readable message at the first problem.
 */
import { build } from 'astro';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

async function step<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await run();
  console.log(`[build] ${name} (${Math.round(performance.now() - started)} ms)`);
  return result;
}

try {
  // Importing the dataset validates it; a bad entry throws naming file and field.
  const { statusCodes, comparisons } = await step('data validated', () => import('../data/dataset.ts'));
  console.log(`[build] ${statusCodes.length} codes, ${comparisons.length} comparisons`);
  await step('site built', () => build({ root, logLevel: 'warn' }));
  // Share cards render on libvips threads while Pagefind indexes in its own process.
  const { writeShareCards } = await import('./share-cards.ts');
  const cardsStarted = performance.now();
  const cardsWritten = writeShareCards(distDir);
  const { writePairPages } = await import('./pair-pages.ts');
  const pairPages = await step('pair pages written', () => writePairPages(distDir));
  console.log(`[build] ${pairPages} related pairs written from the pair template`);
  const { indexSearch } = await import('./index-search.ts');
  const pages = await step('search indexed', () => indexSearch(distDir));
  console.log(`[build] ${pages} pages in the search index`);
  const { exportApi } = await import('./export-api.ts');
  const resources = await step('API exported', () => exportApi(distDir));
  console.log(`[build] ${resources} API resources in dist/api/v1`);
  const cards = await cardsWritten;
  console.log(
    `[build] share cards written (${Math.round(performance.now() - cardsStarted)} ms since the site was built): ` +
      `${cards.cards} cards, ${cards.rendered} rendered, the rest from node_modules/.cache/share-cards`,
  );
  const { writeBuildInfo } = await import('./build-info.ts');
  const info = await step('build info written', () => writeBuildInfo(root, distDir));
  console.log(`[build] ${info.scriptHashes.length} inline scripts hashed for the Content-Security-Policy`);
  const { writeHostFiles } = await import('./static-host/write.ts');
  const written = await step('static host files written', () => writeHostFiles(distDir, info));
  console.log(`[build] _headers: ${written.headerRules} rules; _redirects: ${written.redirects} rules`);
} catch (error) {
  // Astro's errors carry the file at fault in `loc`; name it, since the message alone may not.
  const where = (error as { loc?: { file?: string; line?: number } }).loc;
  const location = where?.file ? ` (${where.file}${where.line ? `:${where.line}` : ''})` : '';
  console.error(`[build] failed${location}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
