/**
 * Starts Debian's nginx (from .ci/run) in the foreground on a free loopback
 * port, with its configuration, temp folders, pid and log in a fresh temp
 * folder, for tests. `http` is the body of the `http { }` block.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

/** A loopback port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface RunningNginx {
  origin: string;
  /** The folder holding nginx.conf and error.log. */
  dir: string;
  stop: () => void;
}

/** Starts nginx; `http(port, dir)` returns the body of its `http` block. Resolves once `probe` answers. */
export async function startNginx(http: (port: number, dir: string) => string, probe = '/'): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-test-'));
  for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'cache']) mkdirSync(join(dir, sub));
  const port = await freePort();
  writeFileSync(
    join(dir, 'nginx.conf'),
    `daemon off;
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
${http(port, dir)}
}
`,
  );
  const child = spawn(NGINX, ['-c', join(dir, 'nginx.conf'), '-p', dir, '-e', join(dir, 'error.log')], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await (await fetch(`${origin}${probe}`)).arrayBuffer();
      return { origin, dir, stop: () => child.kill('SIGTERM') };
    } catch {
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill('SIGTERM');
  let log = '';
  try {
    log = readFileSync(join(dir, 'error.log'), 'utf8');
  } catch {}
  throw new Error(`nginx did not start (${NGINX}): ${log}`);
}
