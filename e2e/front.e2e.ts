import { describe, expect, it } from 'vitest';
import { statusCodes } from '../data/dataset.ts';
import { useHarness } from './harness.ts';

const harness = useHarness();
const sideways = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('home: every code at a glance', () => {
  it('shows a link for every code at 1280 px, without sideways scroll, most of them in the first screen', async () => {
    const page = await harness.page({ viewport: { width: 1280, height: 800 } });
    await page.goto('/');
    const tiles = page.locator('.field a.tile');
    expect(await tiles.count()).toBe(statusCodes.length);
    for (const code of [100, 226, 308, 404, 451, 499, 511, 599])
      expect(await page.locator(`.field a[href="/codes/${code}/"]`).isVisible()).toBe(true);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    // The grid flows in columns; at 1280 × 800 nearly the whole field is above the fold.
    const inFirstScreen = await tiles.evaluateAll(
      (links) => links.filter((link) => link.getBoundingClientRect().bottom <= innerHeight).length,
    );
    expect(inFirstScreen).toBeGreaterThanOrEqual(statusCodes.length * 0.9);
  });

  it('lays the grid out in one column at 390 px, without sideways scroll', async () => {
    const page = await harness.page({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto('/');
    expect(await page.locator('.field a.tile').count()).toBe(statusCodes.length);
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    const lefts = await page
      .locator('.field a.tile')
      .evaluateAll((links) => new Set(links.map((link) => Math.round(link.getBoundingClientRect().left))).size);
    expect(lefts).toBe(1);
  });

  it('reads without JavaScript: every code is a link, the decision tool one click away', async () => {
    const page = await harness.page({ javaScriptEnabled: false });
    await page.goto('/');
    expect(await page.locator('.field a.tile').count()).toBe(statusCodes.length);
    await page.getByRole('link', { name: 'Which code should I return?' }).click();
    await page.waitForURL('**/which-code/');
  });
});

describe('which code should I return? (/which-code/)', () => {
  it('without JavaScript, is a readable tree whose answers link to codes and comparisons', async () => {
    const page = await harness.page({ javaScriptEnabled: false });
    await page.goto('/which-code/');
    expect(await page.locator('[data-decision-tree]').isVisible()).toBe(true);
    await page.getByText('The request is wrong: the client has to change it').click();
    await page.getByText('It parses, but the content breaks your rules').click();
    const answer = page.locator('[data-decision-tree] .decision-answer[data-answer="422"]');
    expect(await answer.isVisible()).toBe(true);
    await answer.getByRole('link', { name: '422 Unprocessable Content' }).click();
    await page.waitForURL('**/codes/422/');
    await page.goBack();
    await page.getByText('The request is wrong: the client has to change it').click();
    await page.getByText('It parses, but the content breaks your rules').click();
    await answer.getByRole('link', { name: '422 or 400 (Bad Request)?' }).click();
    await page.waitForURL('**/compare/400-vs-422/');
  });

  it('with JavaScript, asks one question at a time and keeps the path in the URL; reload and back/forward restore it', async () => {
    const page = await harness.page();
    await page.goto('/which-code/');
    expect(await page.locator('[data-decision-tree]').isHidden()).toBe(true);
    const step = page.locator('[data-decision-step]');
    expect(await step.locator('h2').textContent()).toBe('What happened to the request?');
    await step.getByRole('link', { name: 'The request is wrong: the client has to change it' }).click();
    expect(await step.locator('h2').textContent()).toBe('What is wrong with it?');
    await step.getByRole('link', { name: 'The client is not identified, or not allowed' }).click();
    await step.getByRole('link', { name: 'It sent no credentials, or invalid or expired ones' }).click();
    expect(new URL(page.url()).search).toBe('?path=client,auth,missing-credentials');
    expect(await step.locator('.decision-answer').getAttribute('data-answer')).toBe('401');
    expect(await step.locator('h2').evaluate((heading) => heading === document.activeElement)).toBe(true);

    await page.reload();
    expect(await step.locator('.decision-answer').getAttribute('data-answer')).toBe('401');
    await page.goBack();
    expect(new URL(page.url()).search).toBe('?path=client,auth');
    expect(await step.locator('h2').textContent()).toBe('What is the problem with the client?');
    await page.goForward();
    expect(await step.locator('.decision-answer').getAttribute('data-answer')).toBe('401');
    await step.getByRole('link', { name: '401 or 403 (Forbidden)?' }).click();
    await page.waitForURL('**/compare/401-vs-403/');
  });

  it('opens a shared link at its step, and trims a path that leaves the tree', async () => {
    const page = await harness.page();
    await page.goto('/which-code/?path=server,upstream-slow');
    expect(await page.locator('[data-decision-step] .decision-answer').getAttribute('data-answer')).toBe('504');
    await page.goto('/which-code/?path=redirect,sideways,nowhere');
    expect(new URL(page.url()).search).toBe('?path=redirect');
    expect(await page.locator('[data-decision-step] h2').textContent()).toBe('Is the move permanent?');
  });
});
