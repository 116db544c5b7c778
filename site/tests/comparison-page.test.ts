import { describe, expect, it } from 'vitest';
import { readPage, structuredData } from './built-site.ts';

describe('/compare/304-vs-200/ (built)', () => {
  const page = readPage('/compare/304-vs-200/');
  const text = page.querySelector('main')!.textContent;

  it('is titled for its pair, with the registry phrases', () => {
    expect(page.querySelector('h1')!.textContent).toBe('304 vs 200: Not Modified vs OK');
    expect(page.querySelector('title')!.textContent).toContain('304 vs 200');
    expect(page.querySelectorAll('h1')).toHaveLength(1);
  });

  it('has the aspect table with the eight standard rows and the pair rows', () => {
    const rows = page.querySelectorAll('table.aspects tbody tr').map((row) => row.querySelector('th')!.textContent);
    expect(rows.slice(0, 8)).toEqual([
      'Definition',
      'Plain-language summary',
      'When to use',
      'Client behavior',
      'Caching behavior',
      'SEO / crawler impact',
      'API / backend impact',
      'Safe to retry?',
    ]);
    expect(rows.length).toBeGreaterThan(8);
    const headings = page.querySelectorAll('table.aspects thead th').map((th) => th.textContent);
    expect(headings).toEqual(['Aspect', 'HTTP 304 — Not Modified', 'HTTP 200 — OK']);
  });

  it('has scenarios for each code, the decision rule, the common mistake and an FAQ', () => {
    const h2 = page.querySelectorAll('h2').map((h) => h.textContent);
    expect(h2).toEqual(
      expect.arrayContaining(['The key difference', 'Aspect by aspect', 'Real-world scenarios', 'Decision rule', 'Common mistake', 'FAQ']),
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
