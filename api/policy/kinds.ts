/**
 * The response policy: for each kind of response, every header field that
 * the kind decides (not the representation's own: length, validators,
 * content coding). The Hono app, the Node fast path, `dist/_headers`,
 * `dist/_redirects` and the nginx server block are all generated from these
 * tables, and tests prove the live server and the static targets agree.
 */
import { cacheControl } from './cache-control.ts';
import { PROBLEM_CONTENT_TYPE } from './content-types.ts';
import { apiCors, apiPreflight } from './cors.ts';
import { documentSecurity, nosniff } from './security.ts';

/** What one kind of response carries. */
export interface KindPolicy {
  /** Every field the policy decides for this kind, as sent. */
  readonly headers: Readonly<Record<string, string>>;
  /**
   * The same minus the fields a representation's sender adds itself
   * (Content-Type, Cache-Control, X-Content-Type-Options, see http/send.ts):
   * what the Hono app and the fast path pass along with a representation.
   */
  readonly extra: Readonly<Record<string, string>>;
}

/** Fields http/send.ts writes from the representation. */
const SENDER_FIELDS = new Set(['content-type', 'cache-control', 'x-content-type-options']);

function kind(headers: Record<string, string>): KindPolicy {
  const extra = Object.fromEntries(Object.entries(headers).filter(([name]) => !SENDER_FIELDS.has(name.toLowerCase())));
  return Object.freeze({ headers: Object.freeze(headers), extra: Object.freeze(extra) });
}

/** The kinds of API response; none depends on the build. */
export const apiKinds = Object.freeze({
  /** A JSON resource (200, and its 304). */
  resource: kind({ 'Cache-Control': cacheControl.api, ...nosniff, ...apiCors }),
  /** An RFC 9457 problem document (4xx, 5xx). */
  problem: kind({ 'Content-Type': PROBLEM_CONTENT_TYPE, 'Cache-Control': cacheControl.noStore, ...nosniff, ...apiCors }),
  /** 308 from a reversed comparison slug to the curated one; Location is readable by scripts. */
  redirect: kind({ ...nosniff, ...apiCors }),
  /** 204 to a CORS preflight. */
  preflight: kind({ ...apiPreflight }),
  /**
   * The test endpoint /api/v1/respond/{code}: never stored, any origin. Its
   * Access-Control-Expose-Headers and preflight answers depend on the fields
   * each answer carries, so the endpoint adds them (api/respond/).
   */
  testEndpoint: kind({ 'Cache-Control': cacheControl.noStore, ...nosniff, 'Access-Control-Allow-Origin': '*' }),
});

/** The kinds of site response; pages carry a CSP built from the build's inline-script hashes. */
export interface SiteKinds {
  /** An HTML page (200, and its 304). */
  readonly page: KindPolicy;
  /** The site's 404 page, sent with status 404 for a path that names no file. */
  readonly notFoundPage: KindPolicy;
  /** A file whose name carries a hash of its content. */
  readonly hashedAsset: KindPolicy;
  /** Any other file of the build. */
  readonly staticFile: KindPolicy;
  /** 308 from a folder's name to its URL with the slash. */
  readonly redirect: KindPolicy;
  /** 405 and 501 in plain text for methods other than GET and HEAD. */
  readonly error: KindPolicy;
}

/** The site kinds for a build whose inline scripts hash to `scriptHashes`. */
export function siteKinds(scriptHashes: readonly string[]): SiteKinds {
  const security = documentSecurity(scriptHashes);
  return Object.freeze({
    page: kind({ 'Cache-Control': cacheControl.revalidate, ...nosniff, ...security }),
    notFoundPage: kind({ 'Cache-Control': cacheControl.noStore, ...nosniff, ...security }),
    hashedAsset: kind({ 'Cache-Control': cacheControl.immutable, ...nosniff }),
    staticFile: kind({ 'Cache-Control': cacheControl.revalidate, ...nosniff }),
    redirect: kind({ ...nosniff }),
    error: kind({ 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': cacheControl.noStore, ...nosniff }),
  });
}

/**
 * Paths whose file names change whenever their content does: Astro's
 * `/_astro/` bundles and Pagefind's index, fragment and filter chunks and its
 * `pagefind.<language>_<hash>.pf_meta`. Pagefind's other files keep fixed names
 * (`pagefind.js`, `pagefind-entry.json`, `pagefind-worker.js`, the UI bundles,
 * `wasm.<language>.pagefind`) and must be revalidated.
 */
const HASHED_PATH = /^\/_astro\/|^\/pagefind\/(?:index|fragment|filter)\/|^\/pagefind\/[^/]*_[0-9a-f]{6,}\.pf_meta$/;

/** The kind of a file of the build, by its URL path. */
export function staticFileKind(path: string): 'page' | 'hashedAsset' | 'staticFile' {
  if (HASHED_PATH.test(path)) return 'hashedAsset';
  return path.endsWith('.html') ? 'page' : 'staticFile';
}
