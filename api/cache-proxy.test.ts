/**
 * A real cache in front: Debian's nginx as a proxy_cache with
 * proxy_cache_revalidate on. Once the stored copy expires, nginx revalidates
 * with the origin's validators, the origin answers 304, and nginx serves the
 * body it stored (RFC 9111 §4.3). Loopback only; nginx comes from .ci/run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningNginx, startNginx } from './testing/nginx.ts';
import { startServer, type RunningServer } from './testing/spawn-server.ts';

let origin: RunningServer;
let nginx: RunningNginx;
let proxy: string;

function proxyConfig(dir: string, port: number, upstream: number): string {
  return `  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=status:1m max_size=10m inactive=10m use_temp_path=off;
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://127.0.0.1:${upstream};
      proxy_http_version 1.1;
      proxy_cache status;
      proxy_cache_revalidate on;
      # The test sets a one-second lifetime instead of the origin's Cache-Control.
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_valid 200 1s;
      add_header X-Cache-Status $upstream_cache_status always;
    }
    # The same origin with a lifetime of ten minutes, under keys of its own: a second request is a hit however
    # slow the machine.
    location /held/ {
      proxy_pass http://127.0.0.1:${upstream}/;
      proxy_http_version 1.1;
      proxy_cache status;
      proxy_cache_key held$request_uri;
      proxy_ignore_headers Cache-Control Expires;
      proxy_cache_valid 200 10m;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }`;
}

beforeAll(async () => {
  origin = await startServer({ LOG_FORMAT: 'json', LOG_LEVEL: 'info' });
  nginx = await startNginx((port, dir) => proxyConfig(dir, port, origin.port), '/robots.txt');
  proxy = nginx.origin;
});

afterAll(async () => {
  nginx?.stop();
  await origin?.stop();
});

// One content coding throughout: nginx keys Vary variants on the exact Accept-Encoding value, and its
// first Vary-keyed store can restart the lifetime, which would make the timing below flaky.
const init = { headers: { 'Accept-Encoding': 'identity' } };

describe.each(['/api/v1/codes/304', '/compare/304-vs-200/'])('nginx proxy_cache in front of %s', (path) => {
  it('stores, then revalidates with a 304 from the origin and serves its stored body', async () => {
    // A hit, where the lifetime (the origin's five minutes) cannot run out between two requests.
    const held = await fetch(`${proxy}/held${path}`, init);
    const heldBody = await held.text();
    expect(held.headers.get('x-cache-status')).toBe('MISS');
    const hit = await fetch(`${proxy}/held${path}`, init);
    expect(hit.headers.get('x-cache-status')).toBe('HIT');
    expect(await hit.text()).toBe(heldBody);

    const first = await fetch(`${proxy}${path}`, init);
    const body = await first.text();
    expect(first.status).toBe(200);
    expect(first.headers.get('x-cache-status')).toBe('MISS');
    expect(body).toBe(heldBody);

    // nginx keeps time in whole seconds: a 1 s lifetime has surely ended 2.5 s later (a lower bound only:
    // a slower machine waits longer, which changes nothing).
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    const revalidated = await fetch(`${proxy}${path}`, init);
    expect(revalidated.status).toBe(200);
    expect(revalidated.headers.get('x-cache-status')).toBe('REVALIDATED');
    expect(await revalidated.text()).toBe(body);
    expect(revalidated.headers.get('etag')).toBe(first.headers.get('etag'));

    // The origin saw the held copy's request, one full request and one conditional one that it answered with 304.
    expect(await origin.waitForLogged(path, 3)).toEqual([200, 200, 304]);
  });
});
