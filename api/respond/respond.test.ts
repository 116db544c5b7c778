import { describe, expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createRespondHandler } from './respond.ts';

const app = createApp();
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

  it('puts Location on this site, whatever the request says', async () => {
    const res = await call('/api/v1/respond/302?url=https://evil.example/&location=https://evil.example/');
    expect(res.headers.get('location')).toBe('/codes/302/');
  });

  it('sends a 206 whose Content-Range matches the bytes sent', async () => {
    const res = await call('/api/v1/respond/206');
    const body = new Uint8Array(await res.arrayBuffer());
    const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(res.headers.get('content-range')!);
    expect(match).not.toBeNull();
    const [first, last, complete] = match!.slice(1).map(Number) as [number, number, number];
    expect(last - first + 1).toBe(body.byteLength);
    expect(last).toBeLessThan(complete);
  });

  it('sends a 416 with the complete length in Content-Range (RFC 9110 §15.5.17)', async () => {
    expect((await call('/api/v1/respond/416')).headers.get('content-range')).toMatch(/^bytes \*\/\d+$/);
  });

  it('sends a 426 with Upgrade and the matching Connection option (RFC 9110 §7.8)', async () => {
    const res = await call('/api/v1/respond/426');
    expect(res.headers.get('upgrade')).toBeTruthy();
    expect(res.headers.get('connection')?.toLowerCase()).toContain('upgrade');
  });

  it('refuses 1xx with a problem document', async () => {
    for (const code of [100, 101, 102, 103]) {
      const res = await call(`/api/v1/respond/${code}`);
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
  });

  it('answers unofficial codes too', async () => {
    for (const code of [419, 499, 520, 599]) expect((await call(`/api/v1/respond/${code}`)).status).toBe(code);
  });

  it('answers 404 problems for codes it does not know', async () => {
    expect((await call('/api/v1/respond/299')).status).toBe(404);
    expect((await call('/api/v1/respond/abc')).status).toBe(404);
  });

  it('accepts the write methods and HEAD', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) expect((await call('/api/v1/respond/409', { method })).status).toBe(409);
    const head = await call('/api/v1/respond/404', { method: 'HEAD' });
    expect(head.status).toBe(404);
    expect(await head.text()).toBe('');
  });

  it('answers text when Accept prefers it', async () => {
    const res = await call('/api/v1/respond/418', { headers: { Accept: 'text/plain' } });
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toMatch(/^418 \(Unused\)/);
  });

  it('keeps conditional requests working on 2xx answers', async () => {
    const first = await call('/api/v1/respond/200');
    const etag = first.headers.get('etag')!;
    expect((await call('/api/v1/respond/200', { headers: { 'If-None-Match': etag } })).status).toBe(304);
    expect((await call('/api/v1/respond/200', { method: 'PUT', headers: { 'If-Match': '"other"' } })).status).toBe(412);
  });

  it('picks from random=… lists and ranges, and rejects junk', async () => {
    const seen = new Set<number>();
    for (let i = 0; i < 40; i++) seen.add((await call('/api/v1/respond/200?random=200,500-504')).status);
    for (const status of seen) expect([200, 500, 501, 502, 503, 504]).toContain(status);
    expect(seen.size).toBeGreaterThan(1);
    expect((await call('/api/v1/respond/200?random=abc')).status).toBe(400);
  });
});

describe('delay caps', () => {
  const request = (query: string) => ({
    method: 'GET',
    path: '/api/v1/respond/200',
    headers: new Headers(),
    query: new URLSearchParams(query),
  });

  it('caps the delay', async () => {
    const respond = createRespondHandler({ maxDelayMs: 50, maxDelayedRequests: 4 });
    const started = performance.now();
    const res = await respond('200', request('delay=600000'));
    expect(res.status).toBe(200);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('caps how many delayed requests may wait at once', async () => {
    const respond = createRespondHandler({ maxDelayMs: 200, maxDelayedRequests: 4 });
    const statuses = (await Promise.all(Array.from({ length: 10 }, () => respond('200', request('delay=200'))))).map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(4);
    expect(statuses.filter((s) => s === 503)).toHaveLength(6);
    expect((await respond('200', request('delay=10'))).status).toBe(200);
  });

  it('rejects a delay that is not a number', async () => {
    expect((await createRespondHandler()('200', request('delay=-5'))).status).toBe(400);
  });
});
