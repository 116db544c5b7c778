/**
 * Shared setup of the browser tests: the real server on a loopback port and
 * Debian's Chromium driven by playwright-core (no browser download).
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../api/testing/spawn-server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  server: RunningServer;
  browser: Browser;
  /** A new page in a fresh context (its own cache and storage). */
  page: (options?: BrowserContextOptions) => Promise<Page>;
}

/** Registers beforeAll/afterAll hooks and returns the harness they fill. */
export function useHarness(env: Record<string, string> = {}): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.server = await startServer(env);
    harness.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
    harness.page = async (options = {}) => {
      const context = await harness.browser.newContext({ baseURL: harness.server.origin, ...options });
      return context.newPage();
    };
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.stop();
  });
  return harness;
}

/** Every kind of page, for checks that must hold on all of them. */
export const PAGE_KINDS = {
  home: '/',
  index: '/codes/',
  reference: '/codes/304/',
  guide: '/guides/304-not-modified/',
  comparison: '/compare/304-vs-200/',
  derivedComparison: '/compare/405-vs-414/',
  comparisons: '/compare/',
  compareAny: '/compare/any/?a=404&b=418',
  whichCode: '/which-code/',
  whichCodeAnswer: '/which-code/?path=client,auth,missing-credentials',
  api: '/api/',
  testing: '/testing/',
  notFound: '/no-such-page/',
} as const;

/**
 * Opens search with the keyboard shortcut on the current page, types `query`
 * and returns the pages of the first results (up to SETTLED_RESULTS), in
 * order, once they have settled. Pagefind lists a placeholder per result and
 * fills each as its fragment arrives, in whatever order they arrive (and only
 * those near the view), so the first link to appear need not be the first
 * result: this waits until the list is no longer busy and each of the first
 * results has its link.
 */
export const SETTLED_RESULTS = 5;

export async function searchResults(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('Control+k');
  const input = page.locator('pagefind-modal input').first();
  await input.waitFor({ state: 'visible' });
  await input.fill(query);
  const list = page.locator('pagefind-modal ul.pf-results').first();
  await list.waitFor({ state: 'attached' });
  const read = () =>
    list.evaluate((element, settled) => {
      const items = [...element.children];
      if (element.getAttribute('aria-busy') === 'true' || items.length === 0) return null;
      const links = items.slice(0, settled).map((item) => item.querySelector<HTMLAnchorElement>('a[href]'));
      if (links.some((link) => link === null)) return null;
      return links.map((link) => new URL(link!.href).pathname);
    }, SETTLED_RESULTS);
  // Bounded by the test's own timeout; nothing here is timed.
  let paths = await read();
  while (paths === null) {
    await page.waitForTimeout(50);
    paths = await read();
  }
  return paths;
}
