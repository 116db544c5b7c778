import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { searchResults, useHarness } from './harness.ts';

const harness = useHarness();

/** The first results for `query`, searched from the home page. */
async function search(page: Page, query: string): Promise<string[]> {
  await page.goto('/');
  return searchResults(page, query);
}

describe('search (Pagefind)', () => {
  it('has a visible search control on every page', async () => {
    const page = await harness.page();
    await page.goto('/codes/404/');
    await expect(page.locator('pagefind-modal-trigger').isVisible()).resolves.toBe(true);
  });

  it.each([
    ['304', '/codes/304/'],
    ['429', '/codes/429/'],
  ])('finds the number %s with its reference page first', async (query, first) => {
    const results = await search(await harness.page(), query);
    expect(results[0]).toBe(first);
  });

  it.each([
    ['not modified', 304],
    ['moved permanently', 301],
    ['rate limit', 429],
    ['cache validation', 304],
    ['NOT_MODIFIED', 304],
    ['StatusNotModified', 304],
    [':not_modified', 304],
  ])('finds "%s" on a page about %i in the first three results', async (query, code) => {
    const results = await search(await harness.page(), query);
    expect(results.slice(0, 3).some((path) => path === `/codes/${code}/` || path.startsWith(`/guides/${code}-`))).toBe(true);
  });

  // Symptoms (data/symptoms.ts): what people paste from a browser, a log or a stack trace.
  it.each([
    ['client_max_body_size', ['413']],
    ['client intended to send too large body', ['413']],
    ['ERR_TOO_MANY_REDIRECTS', ['301', '302']],
    ['proxy_read_timeout', ['504']],
    ['upstream timed out (110: Connection timed out) while reading response header from upstream', ['504']],
    ['upstream prematurely closed connection', ['502']],
    ['TokenMismatchException', ['419']],
    ['overloaded_error', ['529']],
    ['The plain HTTP request was sent to HTTPS port', ['497']],
    ['large_client_header_buffers', ['414']],
    ['client_header_timeout', ['408']],
    ['net::ERR_BLOCKED_BY_CLIENT', ['0']],
    ['has been blocked by CORS policy', ['0']],
    ['CORS error', ['0']],
    ['status code 0', ['0']],
    ['curl 000', ['000']],
  ])('finds the symptom "%s" on the page of %j in the first three results', async (query, codes) => {
    const results = await search(await harness.page(), query);
    const pages = codes.flatMap((code) => [`/codes/${code}/`]);
    expect(
      results.slice(0, 3).some((path) => pages.includes(path) || codes.some((code) => path.startsWith(`/guides/${code}-`))),
      results.slice(0, 5).join(' '),
    ).toBe(true);
  });

  it('filters results by page kind', async () => {
    const page = await harness.page();
    await search(page, 'timeout');
    const kind = page.locator('pagefind-filter-dropdown[filter="kind"]');
    await kind.locator('button').first().click();
    await page.getByRole('option', { name: /guide/ }).first().click();
    // The results re-render after the filter applies; wait until they have.
    const links = page.locator('pagefind-modal a[href]');
    const onlyGuides = async () => {
      const paths = await links.evaluateAll((all) => all.map((l) => new URL((l as HTMLAnchorElement).href).pathname));
      return paths.length > 0 && paths.every((path) => path.startsWith('/guides/'));
    };
    for (let attempt = 0; attempt < 50 && !(await onlyGuides()); attempt++) await page.waitForTimeout(100);
    expect(await onlyGuides()).toBe(true);
  });

  it('filters results by class', async () => {
    const page = await harness.page();
    await search(page, 'timeout');
    await page.locator('pagefind-filter-dropdown[filter="class"] button').first().click();
    await page.getByRole('option', { name: /4xx/ }).first().click();
    const links = page.locator('pagefind-modal a[href]');
    const only4xx = async () => {
      const paths = await links.evaluateAll((all) => all.map((l) => new URL((l as HTMLAnchorElement).href).pathname));
      return paths.length > 0 && paths.every((path) => /^\/(codes|guides)\/4\d\d/.test(path));
    };
    for (let attempt = 0; attempt < 50 && !(await only4xx()); attempt++) await page.waitForTimeout(100);
    expect(await only4xx()).toBe(true);
  });
});
