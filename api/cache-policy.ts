/**
 * Cache-Control policy (RFC 9111 §5.2.2), one value per kind of response:
 * - API JSON: shared caches may reuse it for 5 minutes, then revalidate with
 *   the ETag; data changes are rare and a 304 costs a header section.
 * - HTML and other unhashed files: always revalidate (no-cache), so a reload
 *   gets a 304 instead of a stale page after a deploy.
 * - Files whose name carries a content hash (Astro's /_astro/, Pagefind's
 *   index chunks): immutable for a year (RFC 8246).
 */
export const cachePolicy = {
  api: 'public, max-age=300',
  revalidate: 'public, no-cache',
  immutable: 'public, max-age=31536000, immutable',
} as const;

/** Paths whose file names change whenever their content does. */
const HASHED_PATH = /^\/_astro\/|^\/pagefind\/(?:index|fragment|filter)\/|^\/pagefind\/[^/]*\.pf_meta$/;

/** The policy for a file of the static site. */
export function staticFilePolicy(path: string): string {
  return HASHED_PATH.test(path) ? cachePolicy.immutable : cachePolicy.revalidate;
}
