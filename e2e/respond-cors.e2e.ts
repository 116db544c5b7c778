/**
 * The test endpoint from a page on another origin, in Chromium: a cross-origin
 * fetch POST with JSON and a custom request field (which needs a preflight)
 * reads the status and the exposed response fields. The page is served by a
 * second loopback server, so its origin differs from the API's by port.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHarness } from './harness.ts';

const harness = useHarness();
let elsewhere: Server;
let elsewhereOrigin: string;

beforeAll(async () => {
  elsewhere = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>another origin</title><p>another origin</p>');
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  elsewhereOrigin = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => elsewhere.close(() => resolve())));

describe('the test endpoint from another origin', () => {
  it('lets a script POST JSON with a custom field and read the status and exposed fields', async () => {
    const page = await harness.page();
    await page.goto(elsewhereOrigin);
    const api = harness.server.origin;
    expect(new URL(page.url()).origin).not.toBe(api);
    const result = await page.evaluate(async (base) => {
      const res = await fetch(`${base}/api/v1/respond/201`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'e2e-1' },
        body: JSON.stringify({ name: 'widget' }),
      });
      const limited = await fetch(`${base}/api/v1/respond/405`, { method: 'DELETE' });
      return {
        status: res.status,
        location: res.headers.get('location'),
        rateLimit: res.headers.get('ratelimit'),
        etag: res.headers.get('etag'),
        body: await res.json(),
        deleteStatus: limited.status,
        allow: limited.headers.get('allow'),
      };
    }, api);
    expect(result.status).toBe(201);
    expect(result.location).toBeTruthy();
    expect(result.rateLimit).toMatch(/^"respond";r=\d+;t=\d+$/);
    expect(result.etag).toMatch(/^"/);
    expect(result.body).toMatchObject({ code: 201 });
    expect(result.deleteStatus).toBe(405);
    expect(result.allow).toBeTruthy();
  });

  it('follows a 307 from a cross-origin POST to the echo, method and content kept', async () => {
    const page = await harness.page();
    await page.goto(elsewhereOrigin);
    const echo = await page.evaluate(async (base) => {
      const res = await fetch(`${base}/api/v1/respond/307`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"order":42}',
      });
      return (await res.json()) as { method: string; data: string };
    }, harness.server.origin);
    expect(echo).toMatchObject({ method: 'POST', data: '{"order":42}' });
  });
});
