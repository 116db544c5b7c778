/**
 * Pair URLs on the live server (a real socket, the built dist/): every
 * curated pair reversed answers 308 to the curated page, and a sample of
 * uncurated pairs answers 200 with a page of its own (unique title from the
 * registry phrases, canonical URL, strong ETag and 304 on revalidation).
 * Then, in process, the cache of generated pages stays within its bound.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparisons, findCode, statusCodes } from '../data/dataset.ts';
import { relatedPairs } from '../site/pair/routes.ts';
import { startServer, type RunningServer } from './testing/spawn-server.ts';
import { isGeneratedPairFile, readPairTemplate, withPairPages } from './pair-pages.ts';
import { loadStaticSite } from './static-site.ts';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const curatedSlugs = new Set(comparisons.map((comparison) => comparison.slug));
const relatedSlugs = new Set(relatedPairs().map(([a, b]) => `${a.code}-vs-${b.code}`));
/** Ordered pairs nobody curated and the build did not write: the server generates these. */
const generated = statusCodes
  .flatMap((a) => statusCodes.filter((b) => b !== a).map((b) => [a.code, b.code] as const))
  .filter(([a, b]) => !curatedSlugs.has(`${a}-vs-${b}`) && !curatedSlugs.has(`${b}-vs-${a}`) && !relatedSlugs.has(`${a}-vs-${b}`));
/** Every 120th of them: about 64 pairs spread over every class. */
const sample = generated.filter((_pair, index) => index % 120 === 0);

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]*)"/.exec(html)?.[1];

describe('pair URLs on the live server', () => {
  it('redirect every curated pair reversed to the curated page with 308', async () => {
    for (const comparison of comparisons) {
      const [a, b] = comparison.codes;
      const response = await fetch(`${server.origin}/compare/${b}-vs-${a}/`, { redirect: 'manual' });
      expect(response.status, comparison.slug).toBe(308);
      expect(response.headers.get('location')).toBe(`/compare/${a}-vs-${b}/`);
      const target = await fetch(`${server.origin}${response.headers.get('location')}`);
      expect(target.status).toBe(200);
    }
  });

  it(`answer ${sample.length} uncurated pairs with pages of their own: unique titles, canonical URL, ETag and 304`, async () => {
    expect(sample.length).toBeGreaterThanOrEqual(50);
    const titles = new Set<string>();
    for (const [a, b] of sample) {
      const path = `/compare/${a}-vs-${b}/`;
      const response = await fetch(`${server.origin}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const html = await response.text();
      const title = `${a} vs ${b}: ${findCode(a)!.phrase} vs ${findCode(b)!.phrase}`;
      expect(titleOf(html)).toBe(`${title.replaceAll("'", '&#39;')} | HTTP Status Reference`);
      titles.add(titleOf(html)!);
      expect(canonicalOf(html)).toMatch(new RegExp(`/compare/${Math.min(a, b)}-vs-${Math.max(a, b)}/$`));
      expect(html).toContain('Differences at a glance');
      expect(html).not.toContain('__PAIR_');
      const etag = response.headers.get('etag')!;
      expect(etag).toMatch(/^"[\w-]+"$/);
      const again = await fetch(`${server.origin}${path}`, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
      expect(again.headers.get('etag')).toBe(etag);
    }
    expect(titles.size).toBe(sample.length);
  });

  it('redirect a pair without its slash, and answer 404 for a code outside the dataset or a pair of one code', async () => {
    const [a, b] = generated[0]!;
    const bare = await fetch(`${server.origin}/compare/${a}-vs-${b}`, { redirect: 'manual' });
    expect([bare.status, bare.headers.get('location')]).toEqual([308, `/compare/${a}-vs-${b}/`]);
    for (const path of ['/compare/404-vs-404/', '/compare/404-vs-999/', '/compare/4040-vs-400/', '/compare/pair-vs-404/']) {
      expect((await fetch(`${server.origin}${path}`)).status, path).toBe(404);
    }
  });

  it('generate a related pair with the very bytes the build wrote for static hosts', async () => {
    const [a, b] = relatedPairs()[0]!;
    const path = `/compare/${a.code}-vs-${b.code}/`;
    const live = Buffer.from(await (await fetch(`${server.origin}${path}`)).arrayBuffer());
    expect(live.equals(readFileSync(join(distDir, path, 'index.html')))).toBe(true);
  });

  it('never serve the pair template itself', async () => {
    expect((await fetch(`${server.origin}/_templates/compare-pair.template`)).status).toBe(404);
  });
});

describe('generated pair pages in process', () => {
  const site = withPairPages(loadStaticSite(distDir, isGeneratedPairFile), readPairTemplate(distDir), 3);
  const etagOf = (path: string) => {
    const found = site.lookup(path);
    if (found.kind !== 'file') throw new Error(`${path}: ${found.kind}`);
    return found.representation.identity.etag;
  };

  it('keep at most the bound, and give an evicted page back with the same ETag', () => {
    const [first, ...others] = generated.slice(0, 5).map(([a, b]) => `/compare/${a}-vs-${b}/`);
    const tag = etagOf(first!);
    for (const path of others) etagOf(path);
    expect(site.cachedPairs()).toBe(3);
    expect(etagOf(first!)).toBe(tag);
  });

  it('serve a curated pair from its file, without generating it', () => {
    const before = site.cachedPairs();
    expect(site.lookup('/compare/304-vs-200/').kind).toBe('file');
    expect(site.cachedPairs()).toBe(before);
  });
});
