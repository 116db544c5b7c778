/**
 * Hash sources for the inline scripts of the built pages (CSP Level 3,
 * §2.3.1 "hash-source"): `'sha256-<base64 of the SHA-256 of the script's
 * text>'`. Computed at build time from dist/; the Content-Security-Policy of
 * every page lists them, so the site runs no inline script it did not ship.
 */
import { createHash } from 'node:crypto';

/** `<script …>text</script>`; a script element's text cannot contain `</script` (HTML §4.12.1.3). */
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const TYPE_ATTRIBUTE = /\btype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const SRC_ATTRIBUTE = /\bsrc\s*=/i;

/**
 * Whether a script element with these attributes runs its text: no `src`, and
 * a type that is absent, empty, a JavaScript MIME type or "module" (HTML
 * §4.12.1, "the script's type"). Other types, such as application/ld+json,
 * are data blocks: never executed, so CSP does not apply to them.
 */
function runsInlineText(attributes: string): boolean {
  if (SRC_ATTRIBUTE.test(attributes)) return false;
  const match = TYPE_ATTRIBUTE.exec(attributes);
  const type = (match ? (match[1] ?? match[2] ?? match[3] ?? '') : '').trim().toLowerCase();
  return type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/** The hash source of one script text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources of the executable inline scripts of one HTML document, in order of appearance. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attributes, text] of html.matchAll(SCRIPT_ELEMENT)) {
    if (runsInlineText(attributes!)) hashes.push(hashSource(text!));
  }
  return hashes;
}

/** The distinct hash sources of many documents, sorted so that two builds of one tree agree. */
export function siteScriptHashes(documents: Iterable<string>): string[] {
  const all = new Set<string>();
  for (const html of documents) for (const hash of inlineScriptHashes(html)) all.add(hash);
  return [...all].sort();
}
