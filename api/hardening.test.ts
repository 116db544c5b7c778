/**
 * Bad input over a real socket against the running server: nothing answers
 * 5xx, nothing crashes, API errors are problem documents, no file outside
 * dist/ is served. Bounded: a fixed list of requests on loopback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawExchange } from './testing/raw-socket.ts';
import { startServer, type RunningServer } from './testing/spawn-server.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  expect(await server.stop()).toBe(0);
});

const send = (request: string | Buffer) => rawExchange(server.port, request);
const get = (target: string, headers = '') => send(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`);
const statusOf = (wire: string) => Number(/^HTTP\/1\.1 (\d{3})/.exec(wire)?.[1] ?? 0);
const SECRETS = ['"devDependencies"', 'root:x:0:0', 'BEGIN PRIVATE KEY', 'allowScripts'];

function expectSafe(wire: string, label: string) {
  const status = statusOf(wire);
  expect(status, `${label}: got ${wire.slice(0, 80)}`).toBeGreaterThanOrEqual(200);
  expect(status, label).toBeLessThan(500);
  for (const secret of SECRETS) expect(wire, label).not.toContain(secret);
}

describe('paths', () => {
  const traversal = [
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/..%2f..%2fetc%2fpasswd',
    '/..%5c..%5cpackage.json',
    '/%252e%252e/package.json',
    '/api/v1/../../package.json',
    '/api/v1/codes/..%2f..%2f..%2fpackage.json',
    '/codes/%00/',
    '/%c0%ae%c0%ae/package.json',
    '/./././package.json',
    '//etc/passwd',
    '/\\..\\package.json',
    '/api/v1/codes/304/../../../../api/server.ts',
    '/node_modules/hono/package.json',
    '/.git/config',
    '/api/server.ts',
    '/data/codes/304.ts',
    '/build-info.json',
  ];
  it.each(traversal)('never serves a file outside dist/: %s', async (target) => {
    const wire = await get(target);
    expectSafe(wire, target);
    // Dot segments are removed before routing (RFC 3986 §5.2.4), so only paths that stay under the API get problem documents.
    if (new URL(target, 'http://localhost').pathname.startsWith('/api/v1/'))
      expect(wire.toLowerCase()).toContain('content-type: application/problem+json');
  });

  it.each(['/api/v1/codes/%E0%A4%A', '/api/v1/%', '/codes/%zz/', '/api/v1/comparisons/%ff-vs-%fe'])(
    'answers broken percent-encoding %s without 5xx',
    async (target) => {
      expectSafe(await get(target), target);
    },
  );

  it('answers an overlong path without 5xx', async () => {
    expectSafe(await get(`/api/v1/codes/${'9'.repeat(8000)}`), 'overlong API path');
    expectSafe(await get(`/${'a/'.repeat(4000)}`), 'overlong site path');
  });
});

describe('methods', () => {
  it.each(['PUT', 'DELETE', 'PATCH', 'POST', 'TRACE'])('answers the recognized method %s with 405 and Allow', async (method) => {
    const wire = await send(`${method} /api/v1/codes/304 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    expect(statusOf(wire)).toBe(405);
    for (const secret of SECRETS) expect(wire).not.toContain(secret);
    expect(wire.toLowerCase()).toContain('allow: get, head, options');
    expect(wire.toLowerCase()).toContain('content-type: application/problem+json');
  });

  it.each(['PROPFIND', 'MKCOL', 'PURGE'])('answers the unrecognized method %s with a 501 problem (RFC 9110 §9.1)', async (method) => {
    const wire = await send(`${method} /api/v1/codes/304 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
    expect(statusOf(wire)).toBe(501);
    expect(wire.toLowerCase()).toContain('content-type: application/problem+json');
  });

  // Node's HTTP parser only accepts the method names it knows; others get its 400 before the app runs.
  it.each(['get', 'Get', 'BREW'])('rejects the method %s, which Node does not parse, without 5xx', async (method) => {
    expectSafe(await send(`${method} /api/v1/codes/304 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`), method);
  });
});

describe('header fields', () => {
  it('answers a huge header section with 431, not a crash', async () => {
    const wire = await get('/api/v1/codes/304', `X-Big: ${'x'.repeat(64 * 1024)}\r\n`);
    expect(statusOf(wire)).toBe(431);
  });
  it('copes with thousands of entity-tags', async () => {
    const tags = Array.from({ length: 1500 }, (_, i) => `"t${i}"`).join(',');
    expectSafe(await get('/api/v1/codes/304', `If-None-Match: ${tags}\r\n`), 'many tags');
    expectSafe(await get('/api/v1/codes/304', `If-Match: ${tags}\r\n`), 'many tags in If-Match');
  });
  it.each([
    'If-Modified-Since: yesterday',
    'If-Modified-Since: Mon, 99 Foo 2026 99:99:99 GMT',
    'If-Unmodified-Since: \u0000\u0001',
    'If-None-Match: W/',
    'If-None-Match: """"',
    'If-Match: *, *, "a"',
    'Range: bytes=99999999999999999999-',
    'Range: bytes=-0,-1,-2,5-1',
    'Range: lines=1-2',
    'If-Range: garbage',
    'Accept: ;;;,*/*;q=abc',
    'Accept-Encoding: br;q=NaN, gzip;q=-1, *;q=2',
    `Accept-Encoding: ${'gzip, '.repeat(500)}br`,
    'Accept: text/plain;q=0.9, application/json;q=1.5',
  ])('answers junk "%s" without 5xx', async (field) => {
    expectSafe(await get('/api/v1/codes/304', `${field}\r\n`), field);
    expectSafe(await get('/compare/304-vs-200/', `${field}\r\n`), `${field} (site)`);
  });
  it('never advertises byte ranges, and ignores Range', async () => {
    const wire = await get('/api/v1/codes/304', 'Range: bytes=0-10\r\n');
    expect(statusOf(wire)).toBe(200);
    expect(wire.toLowerCase()).not.toContain('accept-ranges: bytes');
  });
  it('answers a malformed request line with a 400 problem document', async () => {
    const wire = await send('GARBAGE\r\n\r\n');
    expect(statusOf(wire)).toBe(400);
    expect(wire.toLowerCase()).toContain('content-type: application/problem+json');
    expect(statusOf(await send('GET / HTTP/9.9\r\nHost: x\r\n\r\n'))).toBeLessThan(500);
  });
});

describe('after all that', () => {
  it('still serves normally', async () => {
    expect(statusOf(await get('/api/v1/codes/304'))).toBe(200);
  });
});
