import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';

const harness = useHarness({ LOG_FORMAT: 'json', LOG_LEVEL: 'info' });

/** The statuses the server logged for `path`, in order. */
function logged(path: string): number[] {
  return harness.server
    .output()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { path: string; status: number })
    .filter((entry) => entry.path === path)
    .map((entry) => entry.status);
}

describe('revalidation in a real browser', () => {
  it('a reload sends the stored validator and the server answers 304', async () => {
    const page = await harness.page();
    const first = await page.goto('/compare/304-vs-200/');
    expect(first?.status()).toBe(200);
    await page.reload();
    // The server's own log is the proof: the browser revalidated, and got a 304 with no body.
    for (let wait = 0; wait < 20 && logged('/compare/304-vs-200/').length < 2; wait++) await page.waitForTimeout(50);
    expect(logged('/compare/304-vs-200/')).toEqual([200, 304]);
    expect(await page.locator('h1').textContent()).toBe('304 vs 200: Not Modified vs OK');
  });

  it('revalidates API JSON fetched by a script with its ETag', async () => {
    const page = await harness.page();
    await page.goto('/api/');
    const statuses = await page.evaluate(async () => {
      const first = await fetch('/api/v1/codes/412');
      const etag = first.headers.get('etag')!;
      const second = await fetch('/api/v1/codes/412', { headers: { 'If-None-Match': etag }, cache: 'no-store' });
      return [first.status, second.status];
    });
    expect(statuses).toEqual([200, 304]);
  });
});
