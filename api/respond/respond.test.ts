import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { DEFAULT_FAIR_USE } from './limits.ts';

// In-process: no connection, so every request counts as one client; lift the rate limit (rate-limit.test.ts tests it).
const app = createApp({ respond: { fairUse: { ...DEFAULT_FAIR_USE, burst: 1_000_000 } } });
const call = (path: string, init: RequestInit = {}) => app.request(path, init);

// Every final code of the IANA registry (1xx excluded: they cannot be final).
const REGISTERED_FINAL = [
  200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407,
  408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505,
  506, 507, 508, 510, 511,
];
// RFC 9110 §6.4.1, §15.3.5, §15.3.6, §15.4.5: these responses never carry content.
const NO_CONTENT = [204, 205, 304];
// Header fields whose presence the RFCs require (MUST) or recommend (SHOULD) for the code.
const REQUIRED: Record<number, string[]> = {
  206: ['Content-Range'], // RFC 9110 §15.3.7.1
  301: ['Location'], // §15.4.2
  302: ['Location'], // §15.4.3
  303: ['Location'], // §15.4.4
  307: ['Location'], // §15.4.8
  308: ['Location'], // §15.4.9
  401: ['WWW-Authenticate'], // §15.5.2
  405: ['Allow'], // §15.5.6
  407: ['Proxy-Authenticate'], // §15.5.8
  416: ['Content-Range'], // §15.5.17
  426: ['Upgrade'], // §15.5.22
};

describe('/api/v1/respond/{code}', () => {
  it.each(REGISTERED_FINAL)('%i answers with that status, its required fields and the body rule', async (code) => {
    const res = await call(`/api/v1/respond/${code}`);
    expect(res.status).toBe(code);
    for (const field of REQUIRED[code] ?? []) expect(res.headers.get(field), field).toBeTruthy();
    const body = await res.arrayBuffer();
    if (NO_CONTENT.includes(code)) expect(body.byteLength).toBe(0);
    else expect(body.byteLength).toBeGreaterThan(0);
  });

  it('exposes every field it sends to scripts on other origins', async () => {
    for (const code of [200, 206, 301, 401, 405, 407, 416, 426, 429, 503]) {
      const res = await call(`/api/v1/respond/${code}?retryAfter=5`, { headers: { Origin: 'http://elsewhere.example' } });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const exposed = res.headers
        .get('access-control-expose-headers')!
        .split(',')
        .map((name) => name.trim().toLowerCase());
      for (const [name] of res.headers) if (!name.startsWith('access-control-')) expect(exposed, `${code}: ${name}`).toContain(name);
    }
  });

  it('sends every 3xx that carries Location to the echo endpoint on this site, whatever the request says', async () => {
    for (const code of [301, 302, 303, 307, 308]) {
      const res = await call(`/api/v1/respond/${code}?url=https://evil.example/&location=https://evil.example/`);
      expect(res.headers.get('location')).toBe('/api/v1/echo');
    }
  });

  it('builds chains and loops of redirects on this site', async () => {
    const first = await call('/api/v1/respond/302?chain=3');
    expect(first.headers.get('location')).toBe('/api/v1/respond/302?chain=2');
    expect((await call('/api/v1/respond/302?chain=1')).headers.get('location')).toBe('/api/v1/echo');
    expect((await call('/api/v1/respond/307?loop=true')).headers.get('location')).toBe('/api/v1/respond/307?loop=true');
    expect((await call('/api/v1/respond/308?to=/codes/308/')).headers.get('location')).toBe('/codes/308/');
  });

  it('sends a 426 with Upgrade and the matching Connection option (RFC 9110 §7.8)', async () => {
    const res = await call('/api/v1/respond/426');
    expect(res.headers.get('upgrade')).toBeTruthy();
    expect(res.headers.get('connection')?.toLowerCase()).toContain('upgrade');
  });

  it('refuses 1xx other than 103 with a problem document', async () => {
    for (const code of [100, 101, 102, 104]) {
      const res = await call(`/api/v1/respond/${code}`);
      expect(res.status, String(code)).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
  });

  it('answers 103 with the final 200 and its Link where no connection is at hand', async () => {
    const res = await call('/api/v1/respond/103');
    expect(res.status).toBe(200);
    expect(res.headers.get('link')).toContain('rel=preload');
  });

  it('answers unofficial codes too', async () => {
    for (const code of [419, 499, 520, 599]) expect((await call(`/api/v1/respond/${code}`)).status).toBe(code);
  });

  it('answers 404 problems for codes it does not know', async () => {
    expect((await call('/api/v1/respond/299')).status).toBe(404);
    expect((await call('/api/v1/respond/abc')).status).toBe(404);
  });

  it('accepts every method a Fetch Request can carry, including unknown tokens, and HEAD without content', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'QUERY', 'FROBNICATE'])
      expect((await call('/api/v1/respond/409', { method })).status, method).toBe(409);
    const head = await call('/api/v1/respond/404', { method: 'HEAD' });
    expect(head.status).toBe(404);
    expect(await head.text()).toBe('');
  });

  it('answers text when Accept prefers it, JSON with httpstat.us\u2019s description member otherwise', async () => {
    const text = await call('/api/v1/respond/418', { headers: { Accept: 'text/plain' } });
    expect(text.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await text.text()).toMatch(/^418 \(Unused\)/);
    const json = await call('/api/v1/respond/503', { headers: { Accept: 'application/json' } });
    expect(await json.json()).toMatchObject({ code: 503, description: 'Service Unavailable' });
  });

  it('keeps conditional requests working on 2xx answers', async () => {
    const first = await call('/api/v1/respond/200');
    const etag = first.headers.get('etag')!;
    expect((await call('/api/v1/respond/200', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await call('/api/v1/respond/200', { method: 'PUT', headers: { 'If-Match': '"other"' } })).status).toBe(412);
  });

  it('picks from random=… lists and ranges, and from httpstat.us\u2019s /random/{list} path', async () => {
    const seen = new Set<number>();
    for (let i = 0; i < 40; i++) seen.add((await call('/api/v1/respond/200?random=200,500-504')).status);
    for (const status of seen) expect([200, 500, 501, 502, 503, 504]).toContain(status);
    expect(seen.size).toBeGreaterThan(1);
    expect([201, 202]).toContain((await call('/api/v1/respond/random/201,202')).status);
  });

  it('sets Retry-After from retryAfter, as seconds or an HTTP-date', async () => {
    expect((await call('/api/v1/respond/503?retryAfter=7')).headers.get('retry-after')).toBe('7');
    const date = 'Sun, 06 Nov 1994 08:49:37 GMT';
    expect((await call(`/api/v1/respond/429?retryAfter=${encodeURIComponent(date)}`)).headers.get('retry-after')).toBe(date);
    // Without the option, the dataset's value for the codes that call for it.
    expect((await call('/api/v1/respond/503')).headers.get('retry-after')).toBe('60');
  });

  it('suppresses the content on request, by query or by httpstat.us\u2019s header', async () => {
    const cases: Array<{ path: string; headers: Record<string, string> }> = [
      { path: '?suppressBody=true', headers: {} },
      { path: '', headers: { 'X-HttpStatus-SuppressBody': 'true' } },
    ];
    for (const init of cases) {
      const res = await call(`/api/v1/respond/500${init.path}`, { headers: init.headers });
      expect(res.status).toBe(500);
      expect((await res.arrayBuffer()).byteLength).toBe(0);
    }
  });

  it('adds X-HttpStatus-Response-{Name} fields to the response, and refuses the dangerous ones by name', async () => {
    const res = await call('/api/v1/respond/200', {
      headers: { 'X-HttpStatus-Response-Foo': 'Bar', 'X-HttpStatus-Response-Location': '/codes/' },
    });
    expect(res.headers.get('foo')).toBe('Bar');
    expect(res.headers.get('location')).toBe('/codes/');
    expect(res.headers.get('access-control-expose-headers')!.toLowerCase()).toContain('foo');
    for (const [name, value] of [
      ['Set-Cookie', 'a=b'],
      ['Content-Length', '5'],
      ['Transfer-Encoding', 'chunked'],
      ['Content-Encoding', 'gzip'],
      ['Connection', 'close'],
      ['Cache-Control', 'public, max-age=31536000'],
      ['Location', 'https://evil.example/'],
      ['Location', '//evil.example/'],
      ['Refresh', '0; url=https://evil.example/'],
      ['Access-Control-Allow-Origin', 'https://evil.example'],
    ]) {
      const refused = await call('/api/v1/respond/200', { headers: { [`X-HttpStatus-Response-${name}`]: value! } });
      expect(refused.status, name).toBe(400);
      const problem = (await refused.json()) as { detail: string };
      expect(problem.detail.toLowerCase()).toContain(name!.toLowerCase());
    }
  });

  it('counts fail=N per key, then succeeds', async () => {
    const key = `unit-${Math.random().toString(36).slice(2)}`;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(`/api/v1/respond/503?fail=2&key=${key}`)).status);
    expect(statuses).toEqual([503, 503, 200, 200]);
  });

  it('answers a CORS preflight for any method and request field, without counting it', async () => {
    const res = await call('/api/v1/respond/201', {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.2:8080',
        'Access-Control-Request-Method': 'PROPFIND',
        'Access-Control-Request-Headers': 'authorization,content-type,x-httpstatus-sleep',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toBe('PROPFIND');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,content-type,x-httpstatus-sleep');
  });

  it('refuses reset where there is no connection to reset (the Workers entry), saying why', async () => {
    const res = await call('/api/v1/respond/200?reset=body');
    expect(res.status).toBe(501);
    expect(((await res.json()) as { detail: string }).detail).toContain('Node server');
  });
});

describe('/api/v1/echo', () => {
  it('reports the method, fields and content that arrived', async () => {
    const res = await call('/api/v1/echo?x=1', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-Test': 'yes' },
      body: '{"a":1}',
    });
    expect(res.status).toBe(200);
    const report = (await res.json()) as Record<string, unknown>;
    expect(report).toMatchObject({ method: 'PUT', url: '/api/v1/echo?x=1', args: { x: '1' }, data: '{"a":1}', json: { a: 1 }, length: 7 });
    expect((report.headers as Record<string, string>)['x-test']).toBe('yes');
  });

  it('answers 413 naming the cap when the content is larger than 1 MiB', async () => {
    const res = await call('/api/v1/echo', { method: 'POST', body: new Uint8Array(1_048_577) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { detail: string }).detail).toContain('1048576');
  });
});
