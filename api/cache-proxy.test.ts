/**
 * A real cache in front: Debian's nginx as a proxy_cache with
 * proxy_cache_revalidate on. Once the stored copy expires, nginx revalidates
 * with the origin's validators, the origin answers 304, and nginx serves the
 * body it stored (RFC 9111 §4.3). Loopback only; nginx comes from .ci/run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './node/spawn-server.ts';

const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';
let origin: RunningServer;
let nginx: ChildProcess;
let proxy: string;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function nginxConfig(dir: string, port: number, upstream: number): string {
  return `daemon off;
master_process off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  proxy_cache_path ${dir}/cache levels=1:2 keys_zone=status:1m max_size=10m inactive=10m use_temp_path=off;
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
  }
}
`;
}

beforeAll(async () => {
  origin = await startServer({ LOG_FORMAT: 'json', LOG_LEVEL: 'info' });
  const dir = mkdtempSync(join(tmpdir(), 'nginx-cache-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'cache']) mkdirSync(join(dir, sub));
  const port = await freePort();
  writeFileSync(join(dir, 'nginx.conf'), nginxConfig(dir, port, origin.port));
  nginx = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir, '-e', join(dir, 'error.log')], { stdio: 'ignore' });
  proxy = `http://127.0.0.1:${port}`;
  // Poll until nginx answers or exits; only the hook's timeout bounds the wait.
  while (nginx.exitCode === null) {
    try {
      await (await fetch(`${proxy}/robots.txt`)).arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not start (${NGINX}, exit code ${nginx.exitCode})`);
});

afterAll(async () => {
  nginx?.kill('SIGTERM');
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
