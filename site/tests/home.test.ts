import { describe, expect, it } from 'vitest';
import { comparisonDemand } from '../../data/demand.ts';
import { statusCodes } from '../../data/dataset.ts';
import { readPage } from './built-site.ts';

describe('/ (built)', () => {
  const page = readPage('/');
  const tiles = page.querySelectorAll('.field a.tile');

  it('links every code of the dataset once in the grid, in numeric order, grouped by class', () => {
    expect(tiles.map((tile) => tile.getAttribute('href'))).toEqual(statusCodes.map((status) => `/codes/${status.code}/`));
    expect(page.querySelectorAll('.field h3').map((heading) => heading.textContent.trim())).toEqual([
      '1xx Informational',
      '2xx Successful',
      '3xx Redirection',
      '4xx Client Error',
      '5xx Server Error',
    ]);
    const fourxx = page.querySelector('.field .class-4xx')!;
    expect(fourxx.querySelector('a[href="/codes/404/"]')!.textContent.trim()).toMatch(/^404\s+Not Found$/);
    expect(fourxx.querySelector('a[href="/codes/503/"]')).toBeNull();
  });

  it('tells unofficial codes apart by shape and text, not only colour', () => {
    const tile = (code: number) => tiles.find((a) => a.getAttribute('href') === `/codes/${code}/`)!;
    // nginx's 444 and Cloudflare's 522 are not in the IANA registry; 404 and 429 are.
    expect(tile(444).classList.contains('vendor')).toBe(true);
    expect(tile(444).textContent).toContain('(unofficial, nginx)');
    expect(tile(522).textContent).toContain('(unofficial, Cloudflare)');
    for (const code of [404, 429]) {
      expect(tile(code).classList.contains('vendor')).toBe(false);
      expect(tile(code).textContent).not.toContain('unofficial');
    }
    expect(tiles.filter((a) => a.classList.contains('vendor')).length).toBe(statusCodes.filter((s) => s.status === 'unofficial').length);
  });

  it('puts search and the decision tool before the grid', () => {
    const html = page.toString();
    expect(html.indexOf('hero-search')).toBeLessThan(html.indexOf('class="field"'));
    expect(html.indexOf('href="/which-code/"')).toBeLessThan(html.indexOf('class="field"'));
  });

  it('lists the most looked-up comparisons in demand order, not by number', () => {
    const listed = page.querySelectorAll('#popular-comparisons + ol a').map((a) => a.getAttribute('href'));
    expect(listed).toEqual(comparisonDemand.slice(0, 12).map((slug) => `/compare/${slug}/`));
    expect(listed[0]).toBe('/compare/401-vs-403/');
  });
});
