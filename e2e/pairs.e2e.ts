/**
 * Pairs in the browser: the any-pair view's controls show the pair asked
 * for; on a static host, a pair without a file of its own is rendered by the
 * shell (through `_redirects`) or by the 404 page (where the host ignores
 * `_redirects`), with the pair's title, canonical URL and differences.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, useHarness } from './harness.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const harness = useHarness();

describe('the any-pair view', () => {
  it('shows the chosen pair in its own controls and links the pair’s page', async () => {
    const page = await harness.page();
    // Neither curated nor related: RFC 9110 §15.5.6 requires Allow in a 405; §15.5.15 asks nothing of a 414.
    await page.goto('/compare/any/?a=405&b=414');
    await page.locator('[data-compare-output] table').waitFor();
    expect(await page.locator('select[name="a"]').inputValue()).toBe('405');
    expect(await page.locator('select[name="b"]').inputValue()).toBe('414');
    const link = page.locator('[data-compare-output] a[href="/compare/405-vs-414/"]');
    expect(await link.count()).toBe(1);
    expect(await page.locator('[data-compare-output] .differences li').allTextContents()).toEqual([
      'Header fields 405 calls for: Allow (MUST); 414: none.',
    ]);
    await link.click();
    await page.waitForURL('**/compare/405-vs-414/');
    expect(await page.locator('h1').textContent()).toBe('405 vs 414: Method Not Allowed vs URI Too Long');
  });
});

describe('a derived pair on a static host', () => {
  let browser: Browser;
  let withRules: StaticServer;
  let withoutRules: StaticServer;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    withRules = await startStaticServer(distDir, 'shadowing');
    withoutRules = await startStaticServer(distDir, 'shadowing', []);
  });
  afterAll(async () => {
    await browser?.close();
    await withRules?.close();
    await withoutRules?.close();
  });

  async function open(origin: string, path: string) {
    const page = await (await browser.newContext({ baseURL: origin })).newPage();
    const response = await page.goto(path);
    await page.locator('article[data-pair], [data-pair-root] h1').first().waitFor();
    return { page, status: response?.status() };
  }

  it('is rendered by the shell that _redirects serves, with its title and canonical URL', async () => {
    const { page, status } = await open(withRules.origin, '/compare/414-vs-405/');
    expect(status).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('414 vs 405: URI Too Long vs Method Not Allowed');
    expect(await page.title()).toBe('414 vs 405: URI Too Long vs Method Not Allowed | HTTP Status Reference');
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/compare\/405-vs-414\/$/);
    expect(await page.locator('.breadcrumbs [aria-current="page"]').textContent()).toBe('414 vs 405');
    expect(await page.locator('.differences li').allTextContents()).toEqual(['Header fields 414 calls for: none; 405: Allow (MUST).']);
    expect(await page.locator('table.aspects tbody tr').count()).toBe(8);
  });

  it('is rendered by the 404 page where the host ignores _redirects', async () => {
    const { page, status } = await open(withoutRules.origin, '/compare/203-vs-410/');
    expect(status).toBe(404);
    expect(await page.locator('h1:visible').textContent()).toBe('203 vs 410: Non-Authoritative Information vs Gone');
    expect(await page.locator('[data-not-found]').isHidden()).toBe(true);
    expect(await page.title()).toBe('203 vs 410: Non-Authoritative Information vs Gone | HTTP Status Reference');
  });

  it('goes from a reversed curated pair to the curated page there too', async () => {
    const page = await (await browser.newContext({ baseURL: withoutRules.origin })).newPage();
    await page.goto('/compare/200-vs-304/');
    await page.waitForURL('**/compare/304-vs-200/');
    expect(await page.locator('h1').textContent()).toBe('304 vs 200: Not Modified vs OK');
  });

  it('says so for a code outside the dataset', async () => {
    const { page } = await open(withRules.origin, '/compare/400-vs-999/');
    expect(await page.locator('[data-pair-root] h1').textContent()).toBe('No such comparison');
    expect(await page.locator('[data-pair-root]').textContent()).toContain('no status code 999');
  });
});
