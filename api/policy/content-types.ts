/**
 * Media types of the build's files by extension (RFC 9110 §8.3), used by the
 * live server and by the nginx configuration; the static hosts derive theirs
 * from the same extensions.
 */
export const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

/** The type of a file whose extension is not listed (RFC 9110 §8.3: the sender does not know better). */
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** JSON resources of the API. */
export const JSON_CONTENT_TYPE = 'application/json';

/** RFC 9457 problem documents (§3). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Extensions of files already compressed inside (Pagefind's, images): compressing again gains nothing. */
export const precompressedExtensions: ReadonlySet<string> = new Set([
  '.pf_meta',
  '.pf_index',
  '.pf_fragment',
  '.pf_filter',
  '.pagefind',
  '.png',
  '.ico',
  '.wasm',
]);

/** The media type for a file name's extension (lower-case, with the dot). */
export function contentTypeFor(extension: string): string {
  return contentTypes[extension] ?? DEFAULT_CONTENT_TYPE;
}
