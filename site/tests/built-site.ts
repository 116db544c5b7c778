/** Helpers for tests that read the built site in dist/ (npm test builds it first). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));

/** The HTML file behind a site URL such as "/codes/304/". */
export function pageFile(url: string): string {
  return `${distDir}${url.replace(/^\//, '')}${url.endsWith('/') ? 'index.html' : ''}`;
}

export function pageExists(url: string): boolean {
  return existsSync(pageFile(url));
}

/** The parsed document of a built page. */
export function readPage(url: string): HTMLElement {
  return parse(readFileSync(pageFile(url), 'utf8'));
}

/** The JSON-LD objects of a page. */
export function structuredData(page: HTMLElement): Array<Record<string, unknown>> {
  return page.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.textContent));
}
