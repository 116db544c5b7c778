/**
 * The test endpoint over real sockets against the real server (api/server.ts):
 * what only a connection shows (103 and 100 interim responses, resets, the
 * per-client limit between two client addresses) and what real clients do
 * with its answers (fetch following 303 and 307). Each group of tests speaks
 * from its own loopback address, so the per-client limit of one never
 * touches another. No wall-clock assertion: order and bytes only.
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../testing/spawn-server.ts';
import { DEFAULT_FAIR_USE, RESPOND_CAPS } from './limits.ts';

let server: RunningServer;
// Start-up computes every representation; on a busy machine that takes a while (nothing here is timed).
beforeAll(async () => {
  server = await startServer();
}, 120_000);
afterAll(async () => {
  expect(await server.stop()).toBe(0);
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request with node:http from `from` (a loopback address standing for one client). */
function send(from: string, method: string, path: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, localAddress: from, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Writes `head` (and later `body`) on a raw socket from `from`; resolves with every byte received and how the connection ended. */
function rawSocket(
  from: string,
  head: string,
  options: { bodyAfter100?: string; quietMs?: number } = {},
): Promise<{ received: string; ending: 'close' | string }> {
  return new Promise((resolve) => {
    const socket = connect({ port: server.port, host: '127.0.0.1', localAddress: from }, () => socket.write(head));
    let received = '';
    let timer: NodeJS.Timeout | undefined;
    const quiet = () => {
      clearTimeout(timer);
      timer = setTimeout(() => socket.destroy(), options.quietMs ?? 1500);
    };
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      if (options.bodyAfter100 !== undefined && received.includes('100 Continue\r\n\r\n')) {
        socket.write(options.bodyAfter100);
        options.bodyAfter100 = undefined;
      }
      quiet();
    });
    let ending = 'close';
    socket.on('error', (error: NodeJS.ErrnoException) => {
      ending = error.code ?? String(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ received, ending });
    });
    quiet();
  });
}

const json = <T>(answer: Answer) => JSON.parse(answer.body.toString()) as T;

describe('CORS, as a browser sends it', () => {
  const from = '127.0.0.11';
  it('answers the preflight of a cross-origin POST with JSON and a custom field', async () => {
    const preflight = await send(from, 'OPTIONS', '/api/v1/respond/201', {
      Origin: 'http://127.0.0.2:5173',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type,x-request-id',
      'Sec-Fetch-Mode': 'cors',
      'Sec-Fetch-Site': 'cross-site',
      'Sec-Fetch-Dest': 'empty',
      Accept: '*/*',
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
    expect(preflight.headers['access-control-allow-methods']).toBe('POST');
    expect(preflight.headers['access-control-allow-headers']).toBe('content-type,x-request-id');
    expect(Number(preflight.headers['access-control-max-age'])).toBeGreaterThan(0);
  });

  it('exposes Allow, Proxy-Authenticate, Upgrade, Link, Last-Modified and the RateLimit fields', async () => {
    const cases: Array<[string, string]> = [
      ['/api/v1/respond/405', 'allow'],
      ['/api/v1/respond/407', 'proxy-authenticate'],
      ['/api/v1/respond/426', 'upgrade'],
      ['/api/v1/respond/103', 'link'],
      ['/api/v1/respond/200', 'last-modified'],
      ['/api/v1/respond/200', 'ratelimit'],
    ];
    for (const [path, field] of cases) {
      const answer = await send(from, 'GET', path, { Origin: 'http://127.0.0.2:5173' });
      expect(answer.headers[field], `${path} ${field}`).toBeTruthy();
      const exposed = String(answer.headers['access-control-expose-headers'])
        .toLowerCase()
        .split(/\s*,\s*/);
      expect(exposed, path).toContain(field);
    }
  });

  it('takes methods Node parses, TRACE and WebDAV ones included', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'TRACE', 'PROPFIND', 'QUERY', 'PURGE'])
      expect((await send(from, method, '/api/v1/respond/409')).status, method).toBe(409);
  });
});

describe('407 with node:http', () => {
  it('sends Proxy-Authenticate with a challenge (RFC 9110 §15.5.8, §11.7.1)', async () => {
    const answer = await send('127.0.0.12', 'GET', '/api/v1/respond/407');
    expect(answer.status).toBe(407);
    expect(answer.headers['proxy-authenticate']).toMatch(/^Basic realm="/);
  });
});

describe('ranges against the bytes of the representation', () => {
  const from = '127.0.0.13';
  let full: Buffer;
  beforeAll(async () => {
    // If-Range with another tag: the whole representation with 200 (RFC 9110 §13.1.5).
    const whole = await send(from, 'GET', '/api/v1/respond/206', { Range: 'bytes=0-1', 'If-Range': '"not-this-one"' });
    expect(whole.status).toBe(200);
    full = whole.body;
    expect(full.byteLength).toBeGreaterThan(100);
  });

  it('sends one range with its Content-Range', async () => {
    const part = await send(from, 'GET', '/api/v1/respond/206', { Range: 'bytes=10-29' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 10-29/${full.byteLength}`);
    expect(part.body.equals(full.subarray(10, 30))).toBe(true);
  });

  it('sends a suffix range', async () => {
    const part = await send(from, 'GET', '/api/v1/respond/206', { Range: 'bytes=-7' });
    expect(part.body.equals(full.subarray(full.byteLength - 7))).toBe(true);
  });

  it('sends several ranges as multipart/byteranges whose parts match the bytes', async () => {
    const answer = await send(from, 'GET', '/api/v1/respond/206', { Range: 'bytes=0-4,50-59,-3' });
    expect(answer.status).toBe(206);
    expect(answer.headers['content-range']).toBeUndefined();
    const boundary = /^multipart\/byteranges; boundary=(\S+)$/.exec(String(answer.headers['content-type']))![1]!;
    const text = answer.body.toString('latin1');
    expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
    const parts = text.split(`--${boundary}`).slice(1, -1);
    const expected = [
      [0, 4],
      [50, 59],
      [full.byteLength - 3, full.byteLength - 1],
    ];
    expect(parts).toHaveLength(3);
    parts.forEach((part, index) => {
      const [head, content] = part.split('\r\n\r\n') as [string, string];
      const [first, last] = expected[index]!;
      expect(head).toContain(`Content-Range: bytes ${first}-${last}/${full.byteLength}`);
      expect(content.replace(/\r\n$/, '')).toBe(full.subarray(first, last! + 1).toString('latin1'));
    });
  });

  it('honours If-Range with the current strong ETag or Last-Modified', async () => {
    const plain = await send(from, 'GET', '/api/v1/respond/206', { Range: 'bytes=0-0' });
    for (const validator of [String(plain.headers.etag), String(plain.headers['last-modified'])]) {
      const answer = await send(from, 'GET', '/api/v1/respond/206', { Range: 'bytes=0-0', 'If-Range': validator });
      expect(answer.status, validator).toBe(206);
    }
  });

  it('answers 416 with bytes */length when no range is satisfiable', async () => {
    const answer = await send(from, 'GET', '/api/v1/respond/206', { Range: `bytes=${full.byteLength}-` });
    expect(answer.status).toBe(416);
    expect(answer.headers['content-range']).toBe(`bytes */${full.byteLength}`);
  });
});

describe('retry testing', () => {
  it('fails N times for a key, then succeeds, with Retry-After as asked', async () => {
    const from = '127.0.0.14';
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await send(from, 'GET', '/api/v1/respond/503?fail=3&key=socket-test&retryAfter=2'));
    expect(answers.map((a) => a.status)).toEqual([503, 503, 503, 200]);
    expect(answers[0]!.headers['retry-after']).toBe('2');
  });
});

describe('the redirect lab, as fetch follows it', () => {
  const post = (path: string) =>
    fetch(`${server.origin}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"order":42}' });

  it('keeps the method and content through a 307 and a 308 (RFC 9110 §15.4.8, §15.4.9)', async () => {
    for (const code of [307, 308]) {
      const res = await post(`/api/v1/respond/${code}`);
      expect(res.status).toBe(200);
      expect(res.url).toBe(`${server.origin}/api/v1/echo`);
      expect(await res.json()).toMatchObject({ method: 'POST', data: '{"order":42}', json: { order: 42 } });
    }
  });

  it('arrives as GET without content after a 303 (RFC 9110 §15.4.4)', async () => {
    const res = await post('/api/v1/respond/303');
    expect(await res.json()).toMatchObject({ method: 'GET', data: '', length: 0 });
  });

  it('follows a chain of redirects to the echo, and gives up on a loop', async () => {
    const chain = await fetch(`${server.origin}/api/v1/respond/302?chain=4`);
    expect(chain.url).toBe(`${server.origin}/api/v1/echo`);
    await expect(fetch(`${server.origin}/api/v1/respond/307?loop=true`)).rejects.toThrow();
  });
});

describe('interim responses, read from the socket', () => {
  const from = '127.0.0.15';
  it('sends a real 103 with Link, then the 200', async () => {
    const { received } = await rawSocket(from, 'GET /api/v1/respond/103 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(received.startsWith('HTTP/1.1 103 Early Hints\r\n')).toBe(true);
    const hints = received.slice(0, received.indexOf('\r\n\r\n'));
    expect(hints.toLowerCase()).toContain('link: </api/v1/codes/103>; rel=preload');
    expect(received.indexOf('HTTP/1.1 200 OK')).toBeGreaterThan(received.indexOf('HTTP/1.1 103'));
  });

  it('answers Expect: 100-continue with 100, then reads the content for a 2xx', async () => {
    const head =
      'POST /api/v1/echo HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n';
    const { received } = await rawSocket(from, head, { bodyAfter100: 'hello' });
    expect(received.startsWith('HTTP/1.1 100 Continue\r\n\r\n')).toBe(true);
    expect(received).toContain('HTTP/1.1 200 OK');
    expect(received).toContain('"data": "hello"');
  });

  it('answers a final status at once, without 100 and without reading, when the code is already known', async () => {
    const head = 'PUT /api/v1/respond/401 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000000\r\nExpect: 100-continue\r\n\r\n';
    const { received } = await rawSocket(from, head);
    expect(received.startsWith('HTTP/1.1 401 Unauthorized\r\n')).toBe(true);
    expect(received).not.toContain('100 Continue');
    expect(received.toLowerCase()).toContain('connection: close');
  });

  it('keeps other 1xx refused as a final status', async () => {
    for (const code of [100, 101, 102, 104]) expect((await send(from, 'GET', `/api/v1/respond/${code}`)).status, String(code)).toBe(400);
  });
});

describe("status lines carry the registry's phrases, not Node's older ones", () => {
  const from = '127.0.0.22';
  // RFC 9110 §15.5.14 and §15.5.21 renamed 413 and 422; the IANA registry lists 306 and 418 as "(Unused)".
  it.each([
    [413, 'Content Too Large'],
    [422, 'Unprocessable Content'],
    [416, 'Range Not Satisfiable'],
    [306, '(Unused)'],
    [418, '(Unused)'],
  ])('%i %s', async (code, phrase) => {
    const statusMessage = await new Promise<string | undefined>((resolve, reject) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: server.port, localAddress: from, path: `/api/v1/respond/${code}`, agent: false },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusMessage));
        },
      );
      req.on('error', reject);
      req.end();
    });
    expect(statusMessage).toBe(phrase);
  });
});

describe('a request with neither Content-Length nor Transfer-Encoding', () => {
  const from = '127.0.0.23';
  // RFC 9112 §6.3: such a request has no content. The server starts its body already ended (optimizeEmptyRequests).
  it('reads as empty content on the echo endpoint, and the connection serves the next request', async () => {
    const head = 'POST /api/v1/echo HTTP/1.1\r\nHost: x\r\n\r\nGET /api/v1/echo HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n';
    const { received } = await rawSocket(from, head);
    const statusLines = received.match(/HTTP\/1\.1 \d{3} [^\r]*/g);
    expect(statusLines).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 200 OK']);
    const first = JSON.parse(received.slice(received.indexOf('\r\n\r\n') + 4, received.indexOf('HTTP/1.1 200 OK', 10))) as {
      method: string;
      length: number;
    };
    expect(first).toMatchObject({ method: 'POST', length: 0 });
  });
});

describe('failure modes', () => {
  const from = '127.0.0.16';
  it('resets the connection before the header section on reset=headers', async () => {
    const { received, ending } = await rawSocket(from, 'GET /api/v1/respond/200?reset=headers HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(received).toBe('');
    expect(ending).toBe('ECONNRESET');
  });

  it('resets the connection after the header section and part of the content on reset=body', async () => {
    const { received, ending } = await rawSocket(from, 'GET /api/v1/respond/200?reset=body HTTP/1.1\r\nHost: x\r\n\r\n');
    expect(received.startsWith('HTTP/1.1 200 OK\r\n')).toBe(true);
    const length = Number(/content-length: (\d+)/i.exec(received)![1]);
    const content = received.slice(received.indexOf('\r\n\r\n') + 4);
    expect(content.length).toBeGreaterThan(0);
    expect(content.length).toBeLessThan(length);
    expect(ending).toBe('ECONNRESET');
  });

  it('drips the content: every byte arrives, in several pieces', async () => {
    const { received } = await rawSocket(
      from,
      'GET /api/v1/respond/200?drip=300&sleep=100 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    const length = Number(/content-length: (\d+)/i.exec(received)![1]);
    expect(Buffer.byteLength(received.slice(received.indexOf('\r\n\r\n') + 4), 'latin1')).toBe(length);
  });
});

describe('fair use', () => {
  it('answers a burst beyond the limit with 429 and Retry-After while another client is served', async () => {
    const greedy = '127.0.0.17';
    const answers: Answer[] = [];
    for (let wave = 0; wave < 14; wave++)
      answers.push(...(await Promise.all(Array.from({ length: 10 }, () => send(greedy, 'GET', '/api/v1/respond/200')))));
    const limited = answers.filter((a) => a.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(120);
    const first = limited[0]!;
    expect(Number(first.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(first.headers['content-type']).toBe('application/problem+json');
    expect(first.headers.ratelimit).toMatch(/^"respond";r=0;t=\d+$/);
    // Another client, at the same moment, is served.
    expect((await send('127.0.0.18', 'GET', '/api/v1/respond/200')).status).toBe(200);
    // And the rest of the API does not count toward the limit.
    expect((await send(greedy, 'GET', '/api/v1/codes/429')).status).toBe(200);
  });

  it('holds at most 32 delayed answers at once (503 beyond) while the rest of the API keeps answering', async () => {
    const from = '127.0.0.20';
    const order: string[] = [];
    const waiting = Array.from({ length: 40 }, () =>
      send(from, 'GET', '/api/v1/respond/200?sleep=5000').then((a) => {
        order.push(`delayed ${a.status}`);
        return a;
      }),
    );
    const quick = await send('127.0.0.21', 'GET', '/api/v1/codes/304');
    order.push(`codes ${quick.status}`);
    const answers = await Promise.all(waiting);
    expect(answers.filter((a) => a.status === 200)).toHaveLength(DEFAULT_FAIR_USE.maxDelayed);
    expect(answers.filter((a) => a.status === 503)).toHaveLength(40 - DEFAULT_FAIR_USE.maxDelayed);
    // The answer of the rest of the API came before any of the delayed 200s.
    expect(order.indexOf('codes 200')).toBeLessThan(order.indexOf('delayed 200'));
  });
});

describe('bad input: every option out of range is a 400 naming it, never a 5xx', () => {
  const from = '127.0.0.19';
  const cases: Array<[string, Record<string, string>, string, string?]> = [
    ['sleep=10001', {}, 'sleep', String(RESPOND_CAPS.sleepMs)],
    ['sleep=-1', {}, 'sleep'],
    ['sleep=soon', {}, 'sleep'],
    ['delay=99999999', {}, 'delay', String(RESPOND_CAPS.sleepMs)],
    ['drip=10001', {}, 'drip', String(RESPOND_CAPS.dripMs)],
    ['sleep=6000&drip=5000', {}, 'drip', String(RESPOND_CAPS.totalMs)],
    ['fail=0&key=k', {}, 'fail', String(RESPOND_CAPS.fail)],
    ['fail=21&key=k', {}, 'fail', String(RESPOND_CAPS.fail)],
    ['fail=2', {}, 'key'],
    ['key=lonely', {}, 'fail'],
    ['fail=1&key=has%20space', {}, 'key'],
    [`fail=1&key=${'k'.repeat(65)}`, {}, 'key', String(RESPOND_CAPS.keyLength)],
    ['retryAfter=86401', {}, 'retryAfter', String(RESPOND_CAPS.retryAfterSeconds)],
    ['retryAfter=tomorrow', {}, 'retryAfter'],
    ['retryAfter=Sunday,%2006-Nov-94%2008:49:37%20GMT', {}, 'retryAfter'],
    ['chain=0', {}, 'chain', String(RESPOND_CAPS.chain)],
    ['chain=11', {}, 'chain', String(RESPOND_CAPS.chain)],
    ['loop=maybe', {}, 'loop'],
    ['to=https://evil.example/', {}, 'to'],
    ['to=//evil.example/', {}, 'to'],
    [`to=/${'a'.repeat(300)}`, {}, 'to', String(RESPOND_CAPS.toLength)],
    ['suppressBody=perhaps', {}, 'suppressBody'],
    ['random=abc', {}, 'random'],
    ['random=200-599,200-599', {}, 'random', String(RESPOND_CAPS.randomChoices)],
    ['reset=later', {}, 'reset'],
    ['', { 'X-HttpStatus-Sleep': '99999' }, 'X-HttpStatus-Sleep', String(RESPOND_CAPS.sleepMs)],
    ['', { 'X-HttpStatus-SuppressBody': 'perhaps' }, 'X-HttpStatus-SuppressBody'],
    ['', { 'X-HttpStatus-SleepAfterHeaders': '20000' }, 'X-HttpStatus-SleepAfterHeaders', String(RESPOND_CAPS.dripMs)],
    ['', { 'X-HttpStatus-Response-Set-Cookie': 'a=b' }, 'X-HttpStatus-Response-*'],
    [
      '',
      Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`X-HttpStatus-Response-F${i}`, 'v'])),
      'X-HttpStatus-Response-*',
      String(RESPOND_CAPS.customFields),
    ],
  ];
  it.each(cases)('?%s %o names %s', async (query, headers, parameter, cap) => {
    const answer = await send(from, 'GET', `/api/v1/respond/206?${query}`, headers);
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toBe('application/problem+json');
    const problem = json<{ parameter: string; detail: string }>(answer);
    expect(problem.parameter).toBe(parameter);
    if (cap) expect(problem.detail).toContain(cap);
  });

  it('names the Range cap', async () => {
    const range = `bytes=${Array.from({ length: RESPOND_CAPS.ranges + 1 }, (_, i) => `${i}-${i}`).join(',')}`;
    const answer = await send(from, 'GET', '/api/v1/respond/206', { Range: range });
    expect(answer.status).toBe(400);
    expect(json<{ parameter: string; detail: string }>(answer)).toMatchObject({ parameter: 'Range' });
    expect(json<{ detail: string }>(answer).detail).toContain(String(RESPOND_CAPS.ranges));
  });

  // The length is declared and no content follows: the 413 comes from the head alone (RFC 9110 §15.5.14),
  // so the answer is read before the server could close the connection on content it never wanted.
  it('answers 413 naming the content cap, from the declared length alone', async () => {
    const head = [
      'POST /api/v1/respond/200 HTTP/1.1',
      'Host: 127.0.0.1',
      'Content-Type: application/octet-stream',
      `Content-Length: ${RESPOND_CAPS.bodyBytes + 1}`,
      '',
      '',
    ].join('\r\n');
    const { received } = await rawSocket(from, head, { quietMs: 300 });
    const [statusLine] = received.split('\r\n', 1);
    expect(statusLine).toBe('HTTP/1.1 413 Content Too Large');
    const body = received.slice(received.indexOf('\r\n\r\n') + 4);
    expect((JSON.parse(body) as { detail: string }).detail).toContain(String(RESPOND_CAPS.bodyBytes));
  });
});
