import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, useHarness } from './harness.ts';

const harness = useHarness();
const kinds = Object.entries(PAGE_KINDS);

describe('navigation', () => {
  it('goes from the home page to a code, its guide, and a comparison', async () => {
    const page = await harness.page();
    await page.goto('/');
    await page.getByRole('link', { name: '304 Not Modified' }).first().click();
    await page.waitForURL('**/codes/304/');
    await page
      .getByRole('link', { name: /full guide/ })
      .first()
      .click();
    await page.waitForURL('**/guides/304-not-modified/');
    await page.getByRole('link', { name: '304 vs 200: Not Modified vs OK' }).first().click();
    await page.waitForURL('**/compare/304-vs-200/');
    expect(await page.locator('h1').textContent()).toBe('304 vs 200: Not Modified vs OK');
  });

  it('skips to the content with the skip link', async () => {
    const page = await harness.page();
    await page.goto('/codes/404/');
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
  });

  it('answers unknown paths with the 404 page and status 404', async () => {
    const page = await harness.page();
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
  });

  it('compares any two codes from the static export', async () => {
    const page = await harness.page();
    await page.goto('/compare/any/?a=404&b=418');
    await page.locator('[data-compare-output] table').waitFor();
    const rows = await page.locator('[data-compare-output] tbody th').allTextContents();
    expect(rows).toHaveLength(8);
    expect(await page.locator('[data-compare-output] h2').textContent()).toBe('404 vs 418: Not Found vs (Unused)');
    // A curated pair goes to its own page, in either order.
    await page.goto('/compare/any/?a=200&b=304');
    await page.waitForURL('**/compare/304-vs-200/');
  });
});

describe('colour scheme', () => {
  const background = (page: import('playwright-core').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('follows the system preference', async () => {
    const light = await harness.page({ colorScheme: 'light' });
    await light.goto('/codes/304/');
    const dark = await harness.page({ colorScheme: 'dark' });
    await dark.goto('/codes/304/');
    expect(await background(light)).toBe('rgb(255, 255, 255)');
    expect(await background(dark)).toBe('rgb(18, 21, 27)');
  });

  it('has a toggle whose choice persists across pages', async () => {
    const page = await harness.page({ colorScheme: 'light' });
    await page.goto('/codes/304/');
    const toggle = page.locator('[data-theme-toggle]');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await background(page)).toBe('rgb(18, 21, 27)');
    await page.goto('/compare/');
    expect(await background(page)).toBe('rgb(18, 21, 27)');
    expect(await page.locator('[data-theme-toggle]').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('phone layout (390 px)', () => {
  it.each(kinds)('%s page does not scroll sideways', async (_kind, url) => {
    const page = await harness.page({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(url);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

/**
 * Every axe rule of WCAG 2.0-2.2 levels A and AA, the experimental ones included
 * (`withTags` alone skips those, label-content-name-mismatch among them).
 */
const WCAG_RULES = axe.getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).map((rule) => rule.ruleId);

describe('accessibility (axe, every WCAG 2.x A/AA rule)', () => {
  it('runs the experimental WCAG rules too', () => {
    expect(WCAG_RULES).toEqual(expect.arrayContaining(['label-content-name-mismatch', 'color-contrast', 'target-size']));
  });

  it.each(
    kinds.flatMap(([kind, url]) =>
      (['light', 'dark'] as const).flatMap((colorScheme) => [1280, 390].map((width) => [kind, url, colorScheme, width] as const)),
    ),
  )('%s page (%s, %s, %i px) has no violations', async (_kind, url, colorScheme, width) => {
    const page = await harness.page({ colorScheme, viewport: { width, height: 900 } });
    await page.goto(url);
    const results = await new AxeBuilder({ page }).withRules(WCAG_RULES).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it.each(kinds)('%s page has exactly one h1 and labelled landmarks', async (_kind, url) => {
    const page = await harness.page();
    await page.goto(url);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('main#main').count()).toBe(1);
    expect(await page.locator('header').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('footer').count()).toBe(1);
  });
});
