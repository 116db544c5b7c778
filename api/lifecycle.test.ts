/**
 * The server as an operator meets it: several instances, logs, clean
 * shutdown with requests in flight, and plain failures.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from './catalog.ts';
import { jsonLines, startServer, type RunningServer } from './testing/spawn-server.ts';

const entry = fileURLToPath(new URL('./server.ts', import.meta.url));
const uncaughtErrorFixture = fileURLToPath(new URL('./testing/uncaught-error.fixture.ts', import.meta.url));

/** Runs the entry until it exits on its own; no time limit but the test's. */
function runUntilExit(env: Record<string, string>): Promise<{ status: number | null; stderr: string }> {
  const child = spawn(process.execPath, [entry], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stderr })));
}

/** A mix of fast-path and Hono answers: 200, 304, 404 (with a long path, so a long log line) and a query. */
async function sendMixed(server: RunningServer, count: number): Promise<number[]> {
  const etag = (await fetch(`${server.origin}/api/v1/codes/304`, { headers: { 'Accept-Encoding': 'identity' } })).headers.get('etag')!;
  const requests = Array.from({ length: count - 1 }, (_, i) => {
    const [path, headers] = [
      ['/api/v1/codes/304', {}],
      ['/api/v1/codes/304', { 'If-None-Match': etag, 'Accept-Encoding': 'identity' }],
      [`/nowhere/${'x'.repeat(400)}`, {}],
      ['/api/v1/codes?class=4xx', {}],
    ][i % 4] as [string, Record<string, string>];
    return fetch(`${server.origin}${path}`, { headers }).then(async (response) => {
      await response.arrayBuffer();
      return response.status;
    });
  });
  return [200, ...(await Promise.all(requests))];
}

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
  /**
   * Keeps the log reader stalled until the server exits, or for two seconds: a server that exits without
   * writing out its queue loses lines within that time, while one that waits for its reader gets it back
   * (on a busy machine the check may be weaker, never wrong).
   */
  const readerStalledUntilExit = (exit: Promise<unknown>) => Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 2000))]);

  // The log reader stops reading while the requests run, so the pipe (64 KiB) fills and much of the
  // ~170 KiB of lines is still queued in the server when the signal comes: it must all come out.
  it('loses no line on SIGTERM right after the last answer, even with a stalled log reader', async () => {
    const server = await startServer({ LOG_FORMAT: 'json', LOG_LEVEL: 'info' });
    server.child.stdout!.pause();
    const statuses = await sendMixed(server, 800);
    const exit = server.stop();
    await readerStalledUntilExit(exit);
    server.child.stdout!.resume();
    expect(await exit).toBe(0);
    const logged = jsonLines(server.output());
    expect(logged).toHaveLength(800);
    expect(logged.map((line) => line.status).sort()).toEqual(statuses.sort());
  });
  it('on an uncaught error, writes out every line, reports the error and exits 1', async () => {
    const server = await startServer({ LOG_FORMAT: 'json', LOG_LEVEL: 'info' }, undefined, [], {
      nodeArgs: ['--import', uncaughtErrorFixture],
    });
    server.child.stdout!.pause();
    await sendMixed(server, 800);
    const exited = new Promise((resolve) => server.child.once('close', resolve));
    server.child.kill('SIGUSR2');
    await readerStalledUntilExit(exited);
    server.child.stdout!.resume();
    expect(await exited).toBe(1);
    expect(jsonLines(server.output())).toHaveLength(800);
    expect(server.errors()).toContain('fixture: an error nothing catches');
  });
  it('keeps serving when the reader of its stdout pipe goes away', async () => {
    const server = await startServer({ LOG_LEVEL: 'info' });
    server.child.stdout!.destroy();
    const statuses = await sendMixed(server, 200);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(await server.stop()).toBe(0);
    expect(server.errors()).toContain('Log output closed (EPIPE)');
    expect(server.errors()).not.toMatch(/^\s+at /m);
  });
});

describe('shutdown', () => {
  it('finishes requests in flight on SIGTERM, then exits 0', async () => {
    const server = await startServer();
    // A POST that waits for "100 Continue" before sending its content: once the 100 arrives the request is
    // in flight (the app is reading it), and it stays so until the test sends the content. No guess at timing.
    const socket = connect(server.port, '127.0.0.1');
    let received = '';
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    const inFlight = new Promise<void>((resolve) => {
      socket.on('data', (chunk) => {
        received += chunk.toString('latin1');
        if (received.startsWith('HTTP/1.1 100 Continue')) resolve();
      });
    });
    socket.write('POST /api/v1/respond/200 HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n');
    await inFlight;
    const exit = server.stop();
    // Send the content only once the server has stopped accepting: the request is then surely finished after SIGTERM.
    while (
      await new Promise<boolean>((resolve) =>
        connect(server.port, '127.0.0.1')
          .once('connect', function (this: Socket) {
            this.destroy();
            resolve(true);
          })
          .once('error', () => resolve(false)),
      )
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    socket.write('hello');
    await closed;
    expect(received).toMatch(/\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
    expect(await exit).toBe(0);
    await expect(fetch(`${server.origin}/`)).rejects.toThrow();
  });
});

describe('plain failures', () => {
  it('says to run the build when dist/ is missing', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-build-'));
    const result = await runUntilExit({ DIST_DIR: empty, PORT: '0' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run build');
  });
  it('reports a port in use', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    const result = await runUntilExit({ PORT: String(port), HOST: '127.0.0.1' });
    blocker.close();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
  });
  it('rejects a PORT that is not a number', async () => {
    const result = await runUntilExit({ PORT: 'eighty' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('PORT must be');
  });
});
