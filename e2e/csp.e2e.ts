/**
 * The Content-Security-Policy in a real browser: every kind of page loads
 * with no CSP violation (a `securitypolicyviolation` event or a console
 * report), and what runs script still works under it: search (Pagefind's
 * component UI, its worker and WebAssembly), the theme toggle and the
 * pre-paint theme script, and the compare-any view. A control proves the
 * policy is enforced and the listener hears it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, searchResults, useHarness } from './harness.ts';

const harness = useHarness();

/** A page that records every CSP violation and every console report of one, from before its first script runs. */
async function watchedPage(): Promise<{ page: Page; violations: string[] }> {
  const page = await harness.page();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return { page, violations };
}

describe('Content-Security-Policy', () => {
  it.each(Object.entries(PAGE_KINDS))('the %s page (%s) loads with no violation', async (_kind, path) => {
    const { page, violations } = await watchedPage();
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
  });

  it('blocks an inline script the build did not hash, and reports it (control)', async () => {
    const { page, violations } = await watchedPage();
    await page.goto('/codes/304/');
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
    });
    expect(ran).toBe(false);
    for (let attempt = 0; attempt < 20 && violations.length === 0; attempt++) await page.waitForTimeout(50);
    expect(violations.some((text) => text.startsWith('script-src'))).toBe(true);
  });

  it('lets search run: results for 304, no violation', async () => {
    const { page, violations } = await watchedPage();
    await page.goto('/');
    expect(await searchResults(page, '304')).toContain('/codes/304/');
    expect(violations).toEqual([]);
  });

  it('lets the theme toggle and the pre-paint theme script run', async () => {
    const { page, violations } = await watchedPage();
    await page.goto('/codes/304/');
    const toggle = page.locator('[data-theme-toggle]');
    const before = await toggle.getAttribute('aria-pressed');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).not.toBe(before);
    const chosen = await page.evaluate(() => document.documentElement.dataset.theme);
    await page.goto('/codes/404/');
    // The inline script in the head applied the stored choice.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(chosen);
    expect(violations).toEqual([]);
  });

  it('lets the compare-any view render', async () => {
    const { page, violations } = await watchedPage();
    await page.goto('/compare/any/?a=404&b=418');
    await page.locator('[data-compare-output] table').waitFor();
    expect(violations).toEqual([]);
  });
});
