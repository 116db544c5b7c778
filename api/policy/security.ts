/**
 * Security header fields. Every response carries `nosniff`; HTML documents
 * also carry a strict Content-Security-Policy and a Referrer-Policy.
 */

/** Browsers must not guess a type other than Content-Type (Fetch standard, "X-Content-Type-Options"). */
export const nosniff = Object.freeze({ 'X-Content-Type-Options': 'nosniff' });

/**
 * Full URL to same-origin requests, only the origin to other origins over
 * HTTPS, nothing on a downgrade (Referrer Policy §3, "strict-origin-when-cross-origin").
 */
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/**
 * The Content-Security-Policy of the site's pages (CSP Level 3):
 * - everything from this origin only (`default-src 'self'`), no plugins
 *   (`object-src 'none'`), no `<base>` (`base-uri 'none'`), forms submit here
 *   only, and no other site may frame a page (`frame-ancestors 'none'`, §6.4.2);
 * - scripts from this origin plus the inline scripts whose hashes the build
 *   recorded (`scriptHashes`, see script-hashes.ts); no `unsafe-inline`, no `eval`;
 * - `'wasm-unsafe-eval'`: Pagefind compiles its search index reader from
 *   WebAssembly when its worker is unavailable (WebAssembly CSP proposal);
 * - styles from this origin only: the site has no inline style;
 * - images from this origin and `data:` URLs: Pagefind's component UI
 *   stylesheet draws its search icon and dropdown chevron as `data:` SVG
 *   (an image cannot run script).
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scriptHashes].join(' '),
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The security fields of an HTML document. */
export function documentSecurity(scriptHashes: readonly string[]): Readonly<Record<string, string>> {
  return Object.freeze({
    'Content-Security-Policy': contentSecurityPolicy(scriptHashes),
    'Referrer-Policy': REFERRER_POLICY,
  });
}
