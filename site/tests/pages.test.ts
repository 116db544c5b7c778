import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisons, statusCodes } from '../../data/dataset.ts';
import { distDir, pageExists, readPage } from './built-site.ts';

function* htmlFiles(directory: string): Generator<string> {
  for (const name of readdirSync(directory)) {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) yield* htmlFiles(path);
    else if (name.endsWith('.html')) yield path;
  }
}

describe('the built site', () => {
  it('has the contract pages', () => {
    for (const url of ['/', '/codes/', '/compare/', '/api/', '/compare/304-vs-200/', '/guides/304-not-modified/', '/guides/200-ok/']) {
      expect(pageExists(url), url).toBe(true);
    }
    expect(readFileSync(join(distDir, '404.html'), 'utf8')).toContain('Page not found');
  });

  it('has a reference page for every code, titled "HTTP N status reference"', () => {
    for (const status of statusCodes) {
      const page = readPage(status.links.reference);
      expect(page.querySelector('title')!.textContent).toContain(`HTTP ${status.code} status reference`);
      expect(page.querySelector('h1')!.textContent).toContain(status.phrase);
    }
  });

  it('has a page for every curated comparison', () => {
    for (const comparison of comparisons) expect(pageExists(comparison.links.page!), comparison.slug).toBe(true);
  });

  it('titles the 304 guide as the contract says', () => {
    expect(readPage('/guides/304-not-modified/').querySelector('h1')!.textContent).toBe('HTTP 304 Not Modified — full guide');
  });

  it('puts the search box on every page, declares UTF-8 and contains no mojibake', () => {
    for (const file of htmlFiles(distDir)) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).toContain('<pagefind-modal-trigger');
      expect(html, file).toMatch(/<meta charset="utf-8"/i);
      expect(html, file).not.toMatch(/[\u0e00-\u0e7f\ufffd]|â€|Ã©/);
    }
  });

  it('has a Pagefind index', () => {
    expect(statSync(join(distDir, 'pagefind', 'pagefind-entry.json')).isFile()).toBe(true);
  });
});
