/**
 * The Node fast path and the Hono path answer identically: one server as
 * deployed (fast path on) and one with FAST_PATH=off (every request through
 * Hono) get the same table of requests over real sockets, and each answer
 * must match byte for byte: the status line, every header field except Date
 * (names compared case-insensitively, RFC 9110 §5.1; order aside), and the
 * content.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../../site/tests/built-site.ts';
import { rawExchange } from '../testing/raw-socket.ts';
import { type RunningServer, startServer } from '../testing/spawn-server.ts';

let fast: RunningServer;
let hono: RunningServer;
beforeAll(async () => {
  [fast, hono] = await Promise.all([startServer(), startServer({ FAST_PATH: 'off' })]);
});
afterAll(async () => {
  await Promise.all([fast?.stop(), hono?.stop()]);
});

/** Status line, sorted header lines without Date (lower-case names), and the content, from a raw HTTP/1.1 answer. */
function normalize(wire: string): { status: string; headers: string[]; body: string } {
  const end = wire.indexOf('\r\n\r\n');
  const [status = '', ...lines] = wire.slice(0, end).split('\r\n');
  const headers = lines
    .map((line) => {
      const colon = line.indexOf(':');
      return `${line.slice(0, colon).toLowerCase()}:${line.slice(colon + 1).trim()}`;
    })
    .filter((line) => !line.startsWith('date:'))
    .sort();
  return { status, headers, body: wire.slice(end + 4) };
}

const exchange = (server: RunningServer, method: string, target: string, fields: string[]) =>
  rawExchange(
    server.port,
    `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${fields.map((f) => `${f}\r\n`).join('')}Connection: close\r\n\r\n`,
  );

const asset = `/_astro/${readdirSync(`${distDir}_astro`)[0]}`;
const paths = [
  '/api/v1/codes/304',
  '/api/v1/codes/304.json',
  '/api/v1',
  '/codes/304/',
  '/',
  asset,
  '/pagefind/pagefind.js',
  '/pagefind/wasm.en.pagefind',
  '/robots.txt',
];

/** Validators of a path, read from the server once. */
async function validators(path: string): Promise<{ etag: string; lastModified: string }> {
  const response = await fetch(`${fast.origin}${path}`, { headers: { 'Accept-Encoding': 'identity' } });
  await response.arrayBuffer();
  return { etag: response.headers.get('etag')!, lastModified: response.headers.get('last-modified')! };
}

describe('fast path and Hono path', () => {
  it.each(paths)('answer %s alike for every method, validator, coding and range', async (path) => {
    const { etag, lastModified } = await validators(path);
    const cases: Array<[string, string[]]> = [
      ['GET', []],
      ['HEAD', []],
      ['GET', ['Accept-Encoding: br']],
      ['GET', ['Accept-Encoding: gzip']],
      ['GET', ['Accept-Encoding: identity']],
      ['GET', ['Accept-Encoding: gzip;q=0, br;q=0']],
      ['GET', ['Accept-Encoding: *;q=0']],
      ['GET', ['Accept-Encoding: br;q=0.5, gzip;q=0.9']],
      ['HEAD', ['Accept-Encoding: gzip']],
      ['GET', [`If-None-Match: ${etag}`]],
      ['GET', [`If-None-Match: W/${etag}`]],
      ['GET', ['If-None-Match: *']],
      ['GET', ['If-None-Match: "other"']],
      ['GET', ['Accept-Encoding: br', `If-None-Match: ${etag}`]],
      ['GET', [`If-Modified-Since: ${lastModified}`]],
      ['GET', ['If-Modified-Since: Thu, 01 Jan 1998 00:00:00 GMT']],
      ['GET', ['If-Modified-Since: yesterday']],
      ['GET', [`If-Modified-Since: ${lastModified}`, `If-Modified-Since: ${lastModified}`]],
      ['GET', [`if-modified-since: ${lastModified}`, `IF-MODIFIED-SINCE: ${lastModified}`]],
      ['GET', ['If-None-Match: "other"', `if-none-match: ${etag}`]],
      ['GET', ['Accept-Encoding: gzip;q=0', 'ACCEPT-ENCODING: br']],
      ['GET', ['If-Match: "other"', `If-Match: ${etag}`]],
      ['GET', ['If-Unmodified-Since: Thu, 01 Jan 1998 00:00:00 GMT', 'If-Unmodified-Since: Thu, 01 Jan 1998 00:00:00 GMT']],
      ['GET', ['If-None-Match: "other"', `If-Modified-Since: ${lastModified}`]],
      ['GET', [`If-Match: ${etag}`]],
      ['GET', ['If-Match: "other"']],
      ['GET', ['If-Unmodified-Since: Thu, 01 Jan 1998 00:00:00 GMT']],
      ['GET', [`If-Unmodified-Since: ${lastModified}`]],
      ['GET', ['Range: bytes=0-10']],
      ['GET', ['Range: bytes=0-10', `If-Range: ${etag}`]],
      ['POST', ['Content-Length: 0']],
      ['OPTIONS', []],
      ['DELETE', []],
      ['BREW', []],
    ];
    for (const [method, fields] of cases) {
      const label = `${method} ${path} ${fields.join('; ')}`;
      const [viaFast, viaHono] = await Promise.all([exchange(fast, method, path, fields), exchange(hono, method, path, fields)]);
      expect(viaFast.length, label).toBeGreaterThan(0);
      expect(normalize(viaFast), label).toEqual(normalize(viaHono));
    }
  });

  it.each([
    '/api/v1/codes/%E0%A4%A',
    '/codes/%zz/',
    '/api/v1/codes/304?pretty=1',
    '/codes/304',
    '/no-such-page/',
    '/api/v1/codes/999',
    '/api/v1/comparisons/200-vs-304',
    `/api/v1/codes/${'9'.repeat(8000)}`,
    `/${'a/'.repeat(3000)}`,
    '/api/v1/codes?class=4xx',
    '/codes/304/index.html',
  ])('answer the odd request %s alike', async (target) => {
    const label = target.slice(0, 60);
    const [viaFast, viaHono] = await Promise.all([exchange(fast, 'GET', target, []), exchange(hono, 'GET', target, [])]);
    expect(viaFast.length, label).toBeGreaterThan(0);
    expect(normalize(viaFast), label).toEqual(normalize(viaHono));
  });
});
