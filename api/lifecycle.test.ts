/**
 * The server as an operator meets it: several instances, logs, clean
 * shutdown with requests in flight, and plain failures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog.ts';
import { startServer } from './testing/spawn-server.ts';

const entry = fileURLToPath(new URL('./server.ts', import.meta.url));

describe('many instances', () => {
  it('two processes hand out identical validators for every resource', async () => {
    const [a, b] = await Promise.all([startServer(), startServer()]);
    try {
      const paths = [...buildCatalog().keys(), '/', '/codes/304/', '/compare/304-vs-200/', '/guides/304-not-modified/', '/favicon.svg'];
      const compare = async (path: string, encoding: string) => {
        const init = { headers: { 'Accept-Encoding': encoding } };
        const [ra, rb] = await Promise.all([fetch(`${a.origin}${path}`, init), fetch(`${b.origin}${path}`, init)]);
        expect(ra.status, path).toBe(200);
        expect(ra.headers.get('etag'), `${path} ${encoding}`).toBe(rb.headers.get('etag'));
        expect(ra.headers.get('last-modified'), path).toBe(rb.headers.get('last-modified'));
        await Promise.all([ra.arrayBuffer(), rb.arrayBuffer()]);
      };
      // Sixty-four paths at a time: several hundred resources, each in three codings, on a busy machine.
      for (let start = 0; start < paths.length; start += 64) {
        const batch = paths.slice(start, start + 64);
        await Promise.all(batch.flatMap((path) => ['identity', 'gzip', 'br'].map((encoding) => compare(path, encoding))));
      }
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

describe('logs', () => {
  it('writes one JSON line per request with LOG_FORMAT=json', async () => {
    const server = await startServer({ LOG_FORMAT: 'json', LOG_LEVEL: 'info' });
    await (await fetch(`${server.origin}/api/v1/codes/304`)).arrayBuffer();
    await (await fetch(`${server.origin}/nowhere/`)).arrayBuffer();
    await server.stop();
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({ method: 'GET', path: '/api/v1/codes/304', status: 200, ms: expect.any(Number) }),
      expect.objectContaining({ method: 'GET', path: '/nowhere/', status: 404 }),
    ]);
  });
  it('writes text lines by default and none with LOG_LEVEL=silent', async () => {
    const text = await startServer({ LOG_LEVEL: 'info' });
    await (await fetch(`${text.origin}/api/v1/codes/200`)).arrayBuffer();
    await text.stop();
    expect(text.output()).toMatch(/^GET \/api\/v1\/codes\/200 200 [\d.]+ms$/m);
    const silent = await startServer({ LOG_LEVEL: 'silent' });
    await (await fetch(`${silent.origin}/api/v1/codes/200`)).arrayBuffer();
    await silent.stop();
    expect(silent.output()).not.toMatch(/GET \/api/);
  });
});

describe('shutdown', () => {
  it('finishes requests in flight on SIGTERM, then exits 0', async () => {
    const server = await startServer();
    const inFlight = fetch(`${server.origin}/api/v1/respond/200?delay=800`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = Date.now();
    const exit = server.stop();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await exit).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(fetch(`${server.origin}/`)).rejects.toThrow();
  });
});

describe('plain failures', () => {
  it('says to run the build when dist/ is missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-build-'));
    const result = spawnSync(process.execPath, [entry], { env: { ...process.env, DIST_DIR: empty, PORT: '0' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run build');
  });
  it('reports a port in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    const result = spawnSync(process.execPath, [entry], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
      encoding: 'utf8',
      timeout: 55_000,
    });
    blocker.close();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
  });
  it('rejects a PORT that is not a number', () => {
    const result = spawnSync(process.execPath, [entry], { env: { ...process.env, PORT: 'eighty' }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT must be');
  });
});
