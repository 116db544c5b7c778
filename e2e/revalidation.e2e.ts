import { describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';

const harness = useHarness({ LOG_FORMAT: 'json', LOG_LEVEL: 'info' });

describe('revalidation in a real browser', () => {
  it('a reload sends the stored validator and the server answers 304', async () => {
    const page = await harness.page();
    const first = await page.goto('/compare/304-vs-200/');
    expect(first?.status()).toBe(200);
    await page.reload();
    // The server's own log is the proof: the browser revalidated, and got a 304 with no body.
    expect(await harness.server.waitForLogged('/compare/304-vs-200/', 2)).toEqual([200, 304]);
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
