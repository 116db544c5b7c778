/**
 * Every pair URL on the live server: `/compare/{a}-vs-{b}/` for any two codes
 * of the dataset. Files of the build answer first (curated and related
 * pairs); a reversed curated pair redirects to its page; any other pair is
 * generated from the build's pair template (site/pair/page.ts) on its first
 * request, with the same validators and codings as a file, and kept in a
 * bounded cache. Its ETag derives from its bytes, so it stays the same across
 * evictions, restarts and replicas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { comparisonSlug, deriveComparison, findCode, findComparison } from '../data/dataset.ts';
import { checkPairTemplate, derivedPageValues, fillPairTemplate, PAIR_TEMPLATE_FILE } from '../site/pair/page.ts';
import { type KindPolicy, staticFileKind } from './policy/kinds.ts';
import { createRepresentation, type Representation } from './http/representation.ts';
import type { SiteLookup, StaticSite } from './static-site.ts';

const PAIR_PATH = /^\/compare\/(\d{3})-vs-(\d{3})(\/?)$/;

/**
 * Pages kept at once. A generated page with its brotli and gzip variants holds
 * about 64 KiB of memory (measured over 1,000 pages), so 512 pages hold about
 * 32 MB; all 7,700 derived pairs would hold about 480 MB and take tens of
 * seconds to compress at start-up.
 */
export const PAIR_CACHE_CAPACITY = 512;

/** A least-recently-used map of bounded size. */
class BoundedCache<V> {
  readonly #entries = new Map<string, V>();
  readonly #capacity: number;
  constructor(capacity: number) {
    this.#capacity = capacity;
  }
  get size(): number {
    return this.#entries.size;
  }
  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.#entries.set(key, value);
    if (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value!);
  }
}

/** Reads the pair template of the build in `distDir`; throws naming the file when it is missing or incomplete. */
export function readPairTemplate(distDir: string): string {
  const file = join(distDir, PAIR_TEMPLATE_FILE);
  const template = readFileSync(file, 'utf8');
  checkPairTemplate(template);
  return template;
}

/** `site` with every pair URL answered; `capacity` bounds the generated pages kept in memory. */
export function withPairPages(site: StaticSite, template: string, capacity = PAIR_CACHE_CAPACITY): StaticSite & { cachedPairs(): number } {
  const cache = new BoundedCache<{ representation: Representation; policy: KindPolicy }>(capacity);

  function generate(slug: string, path: string): { representation: Representation; policy: KindPolicy } {
    const cached = cache.get(slug);
    if (cached) return cached;
    const [a, b] = slug.split('-vs-').map((code) => findCode(Number(code))!) as [
      NonNullable<ReturnType<typeof findCode>>,
      NonNullable<ReturnType<typeof findCode>>,
    ];
    const html = fillPairTemplate(template, derivedPageValues(deriveComparison(a, b), [a, b], false));
    // The policy of the file this page would be, had the build written it.
    const policy = site.kinds[staticFileKind(`${path}index.html`)];
    const representation = createRepresentation(Buffer.from(html), {
      contentType: 'text/html; charset=utf-8',
      cacheControl: policy.headers['Cache-Control']!,
      lastModified: site.lastModified,
      compress: true,
    });
    const page = { representation, policy };
    cache.set(slug, page);
    return page;
  }

  function lookupPair(path: string): SiteLookup {
    const match = PAIR_PATH.exec(path);
    if (!match) return { kind: 'missing' };
    const [a, b] = [Number(match[1]), Number(match[2])];
    const reversed = findComparison(comparisonSlug(b, a));
    if (reversed) return { kind: 'redirect', location: reversed.links.page };
    if (a === b || !findCode(a) || !findCode(b)) return { kind: 'missing' };
    const slug = comparisonSlug(a, b);
    if (!match[3]) return { kind: 'redirect', location: `/compare/${slug}/` };
    return { kind: 'file', ...generate(slug, path) };
  }

  return {
    ...site,
    cachedPairs: () => cache.size,
    lookup(path) {
      const found = site.lookup(path);
      return found.kind === 'missing' ? lookupPair(path) : found;
    },
  };
}
