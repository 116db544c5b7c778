/**
 * Self-hosting dist/ with real nginx (Debian's, from .ci/run), configured by
 * the generated server block: for every URL of the build nginx sends the live
 * server's policy fields and bytes, the redirects of `_redirects`, the 308 to
 * a folder's URL, the 404 page with its fields, CORS preflights for the API,
 * and 304s when a client revalidates with nginx's own validators.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBuildInfo } from '../../api/static-site.ts';
import { eachConcurrently } from '../../api/testing/each-concurrently.ts';
import { type RunningNginx, startNginx } from '../../api/testing/nginx.ts';
import { policyFields } from '../../api/testing/policy-fields.ts';
import { startServer, type RunningServer } from '../../api/testing/spawn-server.ts';
import { distDir } from '../../site/tests/built-site.ts';
import { nginxServer } from './nginx.ts';
import { staticTarget } from './static-target.ts';

const info = readBuildInfo(distDir);
const target = staticTarget(distDir, info);
let live: RunningServer;
let nginx: RunningNginx;

beforeAll(async () => {
  live = await startServer();
  nginx = await startNginx((port) => nginxServer(target, info, { root: distDir, listen: `127.0.0.1:${port}` }));
});
afterAll(async () => {
  nginx?.stop();
  await live?.stop();
});

const request = (origin: string, path: string, init: RequestInit = {}) =>
  fetch(`${origin}${path}`, { redirect: 'manual', ...init, headers: { 'Accept-Encoding': 'identity', ...init.headers } });

describe('nginx serving dist/ with the generated server block', () => {
  it('sends every URL of the build with the live server\u2019s policy fields and bytes', async () => {
    expect(target.paths.size).toBeGreaterThan(100);
    await eachConcurrently([...target.paths.keys()], 4, async (path) => {
      const [fromLive, fromNginx] = await Promise.all([request(live.origin, path), request(nginx.origin, path)]);
      const [liveBody, nginxBody] = await Promise.all([fromLive.arrayBuffer(), fromNginx.arrayBuffer()]);
      expect(fromNginx.status, path).toBe(200);
      expect(fromLive.status, path).toBe(200);
      expect(policyFields(fromNginx.headers), path).toEqual(policyFields(fromLive.headers));
      expect(Buffer.from(nginxBody).equals(Buffer.from(liveBody)), `${path}: bytes`).toBe(true);
    });
  }, 180_000);

  it('sends the live server\u2019s content types', async () => {
    for (const path of [
      '/',
      '/codes/304/',
      '/api/v1',
      '/api/v1/codes/304',
      '/api/v1/codes/304.json',
      '/robots.txt',
      '/sitemap.xml',
      '/favicon.svg',
      '/pagefind/pagefind.js',
    ]) {
      const [fromLive, fromNginx] = await Promise.all([request(live.origin, path), request(nginx.origin, path)]);
      expect(fromNginx.headers.get('content-type'), path).toBe(fromLive.headers.get('content-type'));
    }
  });

  it('redirects as _redirects says, and a folder named without its slash to its URL, with 308', async () => {
    const redirects = target.redirects.filter((rule) => rule.status === 308);
    expect(redirects.length).toBeGreaterThan(0);
    for (const { from, to } of [...redirects, { from: '/codes/304', to: '/codes/304/' }, { from: '/compare', to: '/compare/' }]) {
      const [fromLive, fromNginx] = await Promise.all([request(live.origin, from), request(nginx.origin, from)]);
      expect([fromNginx.status, fromNginx.headers.get('location')], from).toEqual([308, to]);
      expect([fromLive.status, fromLive.headers.get('location')], from).toEqual([308, to]);
      expect(policyFields(fromNginx.headers), from).toEqual(policyFields(fromLive.headers));
    }
  });

  it('answers every kind of pair URL as the live server does (site/pair/routes.ts)', async () => {
    const reversed = target.pairRules.filter((rule) => rule.status === 308 && !rule.from.includes(':'));
    expect(reversed.length).toBeGreaterThan(0);
    // A reversed curated pair: 308 to the curated page, with and without the slash.
    for (const { from, to } of reversed) {
      const [fromLive, fromNginx] = await Promise.all([request(live.origin, from), request(nginx.origin, from)]);
      expect([fromNginx.status, fromNginx.headers.get('location')], from).toEqual([308, to]);
      expect([fromLive.status, fromLive.headers.get('location')], from).toEqual([308, to]);
    }
    // A pair nobody wrote a page for (102 Processing and 511 Network Authentication Required): a page, not a 404.
    const derived = '/compare/102-vs-511/';
    const [fromLive, fromNginx] = await Promise.all([request(live.origin, derived), request(nginx.origin, derived)]);
    expect([fromLive.status, fromNginx.status]).toEqual([200, 200]);
    expect(policyFields(fromNginx.headers)).toEqual(policyFields(fromLive.headers));
    expect(await fromNginx.text()).toBe(readFileSync(`${distDir}compare/pair/index.html`, 'utf8'));
    for (const origin of [live.origin, nginx.origin]) {
      const bare = await request(origin, '/compare/102-vs-511');
      expect([bare.status, bare.headers.get('location')], origin).toEqual([308, derived]);
      // A name that is not a pair stays a 404.
      expect((await request(origin, '/compare/not-a-pair/')).status, origin).toBe(404);
    }
  });

  it.each(['/no-such-page/', '/codes/999/', '/guides/nothing'])(
    'answers %s with the 404 page and the live server\u2019s fields',
    async (path) => {
      const [fromLive, fromNginx] = await Promise.all([request(live.origin, path), request(nginx.origin, path)]);
      expect(fromNginx.status).toBe(404);
      expect(fromLive.status).toBe(404);
      expect(policyFields(fromNginx.headers)).toEqual(policyFields(fromLive.headers));
      expect(await fromNginx.text()).toBe(readFileSync(`${distDir}404.html`, 'utf8'));
    },
  );

  it('answers a CORS preflight for the API like the live server', async () => {
    const init = { method: 'OPTIONS', headers: { Origin: 'https://example.com', 'Access-Control-Request-Method': 'GET' } };
    for (const path of ['/api/v1/codes/304', '/api/v1']) {
      const [fromLive, fromNginx] = await Promise.all([request(live.origin, path, init), request(nginx.origin, path, init)]);
      expect(fromNginx.status, path).toBe(204);
      expect(fromLive.status, path).toBe(204);
      for (const name of [
        'access-control-allow-origin',
        'access-control-allow-methods',
        'access-control-allow-headers',
        'access-control-max-age',
        'allow',
      ])
        expect(fromNginx.headers.get(name), `${path} ${name}`).toBe(fromLive.headers.get(name));
    }
  });

  it.each(['/codes/304/', '/api/v1/codes/304', '/_astro/', '/pagefind/pagefind-entry.json'])('revalidates %s with a 304', async (given) => {
    const path = given === '/_astro/' ? [...target.paths.keys()].find((p) => p.startsWith('/_astro/'))! : given;
    const first = await request(nginx.origin, path);
    await first.arrayBuffer();
    const etag = first.headers.get('etag');
    const lastModified = first.headers.get('last-modified');
    expect(etag).toBeTruthy();
    const byTag = await request(nginx.origin, path, { headers: { 'If-None-Match': etag! } });
    expect(byTag.status).toBe(304);
    expect(await byTag.text()).toBe('');
    const byDate = await request(nginx.origin, path, { headers: { 'If-Modified-Since': lastModified! } });
    expect(byDate.status).toBe(304);
    expect(byTag.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
  });
});
