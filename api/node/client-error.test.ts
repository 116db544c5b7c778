/**
 * Requests node:http cannot parse, over real sockets against the running
 * server: each gets its status with the registry's phrase (RFC 9110 §15.5.1
 * 400 Bad Request, RFC 6585 §5 431 Request Header Fields Too Large), a Date,
 * an RFC 9457 problem document and Connection: close, and one log line. The
 * statuses node:http raises only after a timeout or a long chunk extension
 * are checked on the handler itself, on a real socket pair.
 */
import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawExchange } from '../testing/raw-socket.ts';
import { jsonLines, type RunningServer, startServer } from '../testing/spawn-server.ts';
import { createClientErrorHandler } from './client-error.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ LOG_LEVEL: 'info', LOG_FORMAT: 'json' });
});
afterAll(async () => {
  expect(await server.stop()).toBe(0);
});

/** Status line, header fields (lower-case names) and parsed content of a raw answer. */
function parse(wire: string) {
  const end = wire.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = wire.slice(0, end).split('\r\n');
  const fields = new Map(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
  const content = wire.slice(end + 4);
  return { statusLine, fields, content, problem: JSON.parse(content) as Record<string, unknown> };
}

/** Resolves once a request logged after everything sent so far is in the log (lines are written in order). */
async function logged(mark: string): Promise<void> {
  const path = `/api/v1/codes/304?mark=${mark}`;
  await fetch(`${server.origin}${path}`).then((response) => response.arrayBuffer());
  await server.waitForLogged(path, 1);
}

/** The JSON log lines of requests that were never parsed (method and path null). */
const unparsedLines = () => jsonLines(server.output()).filter((line) => line.method === null && line.path === null);

describe('a request node:http cannot parse', () => {
  it.each([
    ['a request line that is not one', 'GARBAGE\r\n\r\n', /Invalid method/],
    ['a header line without a colon', 'GET /api/v1/codes/304 HTTP/1.1\r\nHost: 127.0.0.1\r\nBad Header\r\n\r\n', /header/i],
    [
      'two Content-Length fields',
      'POST /api/v1/respond/200 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n',
      /Content-Length/,
    ],
    ['an HTTP version that does not exist', 'GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n', /version/i],
  ])('answers %s with a 400 problem document', async (_label, request, detail) => {
    const { statusLine, fields, content, problem } = parse(await rawExchange(server.port, request));
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect(fields.get('content-type')).toBe('application/problem+json');
    expect(Number(fields.get('content-length'))).toBe(Buffer.byteLength(content));
    expect(fields.get('connection')).toBe('close');
    // RFC 9110 §6.6.1: an origin server with a clock sends Date in every 4xx, in IMF-fixdate form (§5.6.7).
    expect(fields.get('date')).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect(problem).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400 });
    expect(problem.detail).toMatch(detail);
  });

  it('answers a header section over the limit with 431 (RFC 6585 §5)', async () => {
    const wire = await rawExchange(server.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: ${'x'.repeat(64 * 1024)}\r\n\r\n`);
    const { statusLine, problem } = parse(wire);
    expect(statusLine).toBe('HTTP/1.1 431 Request Header Fields Too Large');
    expect(problem).toMatchObject({ title: 'Request Header Fields Too Large', status: 431 });
    expect(problem.detail).toContain('16 KiB');
  });

  it('logs one line per answer, with null method, path and duration', async () => {
    await logged('before');
    const before = unparsedLines().length;
    await Promise.all(Array.from({ length: 5 }, () => rawExchange(server.port, 'NOT HTTP\r\n\r\n')));
    await logged('after');
    const added = unparsedLines().slice(before);
    expect(added).toHaveLength(5);
    for (const line of added) expect(line).toMatchObject({ method: null, path: null, status: 400, ms: null });
  });

  it('never answers in front of a response in flight: it drops the connection instead', async () => {
    // Answered at once, but not yet finished when the garbage after it is parsed: the 200 arrives, nothing follows.
    const answered = await rawExchange(server.port, 'GET /api/v1/codes/304 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGARBAGE\r\n\r\n');
    expect(answered.match(/^HTTP\/1\.1 \d{3}/gm)).toEqual(['HTTP/1.1 200']);
    // Still waiting 300 ms: a 400 written now would read, to the client, as the answer to that request.
    const waiting = await rawExchange(server.port, 'GET /api/v1/respond/200?sleep=300 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGARBAGE\r\n\r\n');
    expect(waiting).not.toMatch(/^HTTP\/1\.1 400/m);
  });

  it('still serves on new connections afterwards', async () => {
    expect((await fetch(`${server.origin}/api/v1/codes/304`)).status).toBe(200);
  });
});

describe('the handler on a real socket', () => {
  /** One end of a loopback connection given to the handler with `error`, and what the other end received. */
  async function answerTo(error: Error & { code?: string }): Promise<string> {
    const listener = createServer();
    listener.listen(0, '127.0.0.1');
    await once(listener, 'listening');
    const address = listener.address();
    const client = connect(typeof address === 'object' && address ? address.port : 0, '127.0.0.1');
    const [serverSide] = (await once(listener, 'connection')) as [Socket];
    let received = '';
    client.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
    });
    createClientErrorHandler(undefined, 16 * 1024)(error, serverSide);
    await once(client, 'end');
    client.destroy();
    serverSide.destroy();
    listener.close();
    return received;
  }

  it('answers a request that did not arrive in time with 408 (RFC 9110 §15.5.9)', async () => {
    const { statusLine, fields, problem } = parse(
      await answerTo(Object.assign(new Error('timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' })),
    );
    expect(statusLine).toBe('HTTP/1.1 408 Request Timeout');
    expect(fields.get('connection')).toBe('close');
    expect(problem).toMatchObject({ title: 'Request Timeout', status: 408 });
  });

  it('answers an overlong chunk extension with 413 Content Too Large (RFC 9110 §15.5.14)', async () => {
    const { statusLine, problem } = parse(await answerTo(Object.assign(new Error('ext'), { code: 'HPE_CHUNK_EXTENSIONS_OVERFLOW' })));
    expect(statusLine).toBe('HTTP/1.1 413 Content Too Large');
    expect(problem).toMatchObject({ title: 'Content Too Large', status: 413 });
  });

  it('closes a connection that failed on its own without answering', async () => {
    expect(await answerTo(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe('');
  });
});
