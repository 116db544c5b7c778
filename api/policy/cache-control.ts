/**
 * Cache-Control values (RFC 9111 §5.2.2), one per kind of response:
 * - `api`: shared caches may reuse a JSON resource for 5 minutes, then
 *   revalidate it with its ETag; data changes are rare and a 304 costs a
 *   header section.
 * - `revalidate`: HTML and other files whose names do not change with their
 *   content are always revalidated (`no-cache`, §5.2.2.4), so a reload costs a
 *   304, never a stale page after a deploy.
 * - `immutable`: files whose names carry a content hash are fresh for a year
 *   and never revalidated (RFC 8246).
 * - `noStore`: errors and the 404 page stand for no resource; nothing keeps them (§5.2.2.5).
 */
export const cacheControl = {
  api: 'public, max-age=300',
  revalidate: 'public, no-cache',
  immutable: 'public, max-age=31536000, immutable',
  noStore: 'no-store',
} as const;
