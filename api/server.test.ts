/**
 * The Node entry over a real socket, against the built site (npm test builds
 * first): the site and the API on one port, real 304s, clean shutdown.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawExchange as raw } from './testing/raw-socket.ts';
import { startServer, type RunningServer } from './testing/spawn-server.ts';

const rawExchange = (request: string) => raw(port, request);

let server: RunningServer;
let origin: string;
let port: number;

beforeAll(async () => {
  server = await startServer();
  ({ origin, port } = server);
});

afterAll(async () => {
  await server.stop();
});

describe('one server for the site and the API', () => {
  it('serves the comparison page with validators, and a 304 on revalidation', async () => {
    const first = await fetch(`${origin}/compare/304-vs-200/`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await first.text()).toContain('304 vs 200');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"/);
    const again = await fetch(`${origin}/compare/304-vs-200/`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('serves the API and answers its ETag with 304', async () => {
    const first = await fetch(`${origin}/api/v1/codes/304`);
    expect(first.status).toBe(200);
    const again = await fetch(`${origin}/api/v1/codes/304`, { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it('sends no body bytes after a 304: a pipelined request follows it directly', async () => {
    const plain = await fetch(`${origin}/api/v1/codes/304`, { headers: { 'Accept-Encoding': 'identity' } });
    const etag = plain.headers.get('etag')!;
    const request = (extra: string) => `GET /api/v1/codes/304 HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\n${extra}\r\n`;
    const wire = await rawExchange(request(`If-None-Match: ${etag}\r\n`) + request('Connection: close\r\n'));
    const [first, rest] = [wire.slice(0, wire.indexOf('\r\n\r\n') + 4), wire.slice(wire.indexOf('\r\n\r\n') + 4)];
    expect(first).toMatch(/^HTTP\/1\.1 304 Not Modified\r\n/);
    expect(first.toLowerCase()).not.toContain('content-length');
    expect(first.toLowerCase()).not.toContain('transfer-encoding');
    expect(rest).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
  });

  it('redirects a folder URL to its trailing slash', async () => {
    const res = await fetch(`${origin}/codes/304`, { redirect: 'manual' });
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/codes/304/');
  });

  it('answers an unknown path with the 404 page and status 404', async () => {
    const res = await fetch(`${origin}/no/such/page/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
  });

  it('never serves a file outside dist/', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2f%2e%2e%2fetc/passwd',
      '/api/../../package.json',
    ]) {
      const wire = await rawExchange(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      expect(wire, path).not.toContain('"devDependencies"');
      expect(wire, path).not.toContain('root:x:0:0');
      expect(wire, path).not.toMatch(/^HTTP\/1\.1 5/);
    }
  });

  it('exits 0 on SIGTERM', async () => {
    expect(await server.stop()).toBe(0);
  });
});
