import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, readPage, structuredData } from './built-site.ts';

describe('/compare/304-vs-200/ (built)', () => {
  const page = readPage('/compare/304-vs-200/');
  const text = page.querySelector('main')!.textContent;

  it('is titled for its pair, with the registry phrases', () => {
    expect(page.querySelector('h1')!.textContent).toBe('304 vs 200: Not Modified vs OK');
    expect(page.querySelector('title')!.textContent).toContain('304 vs 200');
    expect(page.querySelectorAll('h1')).toHaveLength(1);
  });

  it("puts the pair's own rows first, and folds each code's own rows after them", () => {
    const [pairTable, codeTable] = page.querySelectorAll('table.aspects');
    const rowsOf = (table: typeof pairTable) => table!.querySelectorAll('tbody tr').map((row) => row.querySelector('th')!.textContent);
    expect(rowsOf(pairTable)).toEqual(['Content on the wire', 'What triggers it', 'Validator header fields', 'Effect on a stored copy']);
    expect(pairTable!.closest('details')).toBeNull();
    const folded = page.querySelector('details.code-rows')!;
    expect(folded.hasAttribute('open')).toBe(false);
    expect(folded.querySelector('summary')!.textContent).toContain('the same on every comparison of 304 or 200');
    expect(folded.querySelector('table')).toBe(codeTable);
    expect(rowsOf(codeTable)).toEqual([
      'Definition',
      'Plain-language summary',
      'When to use',
      'Client behavior',
      'Caching behavior',
      'SEO / crawler impact',
      'API / backend impact',
      'Safe to retry?',
    ]);
    const headings = pairTable!.querySelectorAll('thead th').map((th) => th.textContent);
    expect(headings).toEqual(['Aspect', 'HTTP 304 — Not Modified', 'HTTP 200 — OK']);
  });

  it('states the differences at a glance computed from the data (RFC 9110 §15.1, §15.4.5)', () => {
    const items = page.querySelectorAll('.differences li').map((li) => li.textContent);
    expect(items).toContain('200 is heuristically cacheable (RFC 9110 §15.1); 304 is not.');
    expect(items).toContain('200 can carry content; 304 never carries content.');
  });

  it('has scenarios for each code, the decision rule, the common mistake and an FAQ', () => {
    const h2 = page.querySelectorAll('h2').map((h) => h.textContent);
    expect(h2).toEqual(
      expect.arrayContaining([
        'The key difference',
        'Differences at a glance',
        'Aspect by aspect',
        'Real-world scenarios',
        'Decision rule',
        'Common mistake',
        'FAQ',
      ]),
    );
    const h3 = page.querySelectorAll('h3').map((h) => h.textContent);
    expect(h3).toEqual(['When you see HTTP 304', 'When you see HTTP 200']);
    expect(page.querySelectorAll('.faq dt').length).toBeGreaterThanOrEqual(3);
  });

  it('does not repeat the seed page defects', () => {
    expect(text).not.toMatch(/\u0e42/); // "โ" mojibake of an em dash
    expect(text).not.toMatch(/follow redirect/i);
    expect(text).not.toMatch(/only after fixing the underlying cause/i);
    expect(text).not.toMatch(/should communicate not modified behavior/i);
    expect(text).not.toMatch(/304 communicates Not Modified, while 200 communicates OK/);
  });

  it('links both guides, both references and all comparisons', () => {
    const hrefs = page.querySelectorAll('main a').map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining(['/guides/304-not-modified/', '/guides/200-ok/', '/codes/304/', '/codes/200/', '/compare/']),
    );
  });

  it('carries FAQPage structured data matching the visible FAQ', () => {
    const faq = structuredData(page).find((data) => data['@type'] === 'FAQPage') as {
      mainEntity: Array<{ name: string; acceptedAnswer: { text: string } }>;
    };
    const visible = page.querySelectorAll('.faq dt').map((dt) => dt.textContent);
    expect(faq.mainEntity.map((q) => q.name)).toEqual(visible);
    expect(faq.mainEntity.map((q) => q.acceptedAnswer.text)).toEqual(page.querySelectorAll('.faq dd').map((dd) => dd.textContent));
  });
});

describe('/compare/201-vs-409/ (a related pair nobody curated, built from the template)', () => {
  const page = readPage('/compare/201-vs-409/');

  it('is titled for its pair, with a canonical URL of its own', () => {
    expect(page.querySelector('h1')!.textContent).toBe('201 vs 409: Created vs Conflict');
    expect(page.querySelector('title')!.textContent).toBe('201 vs 409: Created vs Conflict | HTTP Status Reference');
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href')).toMatch(/\/compare\/201-vs-409\/$/);
  });

  it('says how the two differ first (RFC 9110 §15.3 and §15.5: different classes), then their own fields', () => {
    const h2 = page.querySelectorAll('main h2').map((h) => h.textContent);
    expect(h2.slice(0, 2)).toEqual(['Differences at a glance', 'Aspect by aspect']);
    expect(page.querySelectorAll('.differences li').map((li) => li.textContent)).toContain(
      '201 is in class 2xx (Successful, RFC 9110 §15.3); 409 is in class 4xx (Client Error, RFC 9110 §15.5).',
    );
    expect(page.querySelectorAll('table.aspects tbody tr')).toHaveLength(8);
  });

  it('is indexed for search and listed in the sitemap; the shell is neither', () => {
    expect(page.querySelector('main')!.hasAttribute('data-pagefind-body')).toBe(true);
    expect(readPage('/compare/pair/').querySelector('main')!.hasAttribute('data-pagefind-body')).toBe(false);
    const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain('/compare/201-vs-409/</loc>');
    expect(sitemap).not.toContain('/compare/pair/</loc>');
  });
});
