import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';

const app = createApp();
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

describe('GET /api/v1/codes/304', () => {
  it('answers 200 with JSON, a strong ETag and Last-Modified', async () => {
    const res = await get('/api/v1/codes/304');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(res.headers.get('last-modified')).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    const body = await res.json();
    // Expected values from the IANA registry and RFC 9110 §15.4.5.
    expect(body).toMatchObject({ code: 304, phrase: 'Not Modified', class: '3xx', status: 'standard', contentAllowed: false });
    expect(body.spec).toEqual({ document: 'RFC 9110', section: '15.4.5', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15.4.5' });
    expect(body.links).toMatchObject({ reference: '/codes/304/', guide: '/guides/304-not-modified/' });
  });

  it('answers 304 with no body to If-None-Match carrying its ETag', async () => {
    const first = await get('/api/v1/codes/304');
    const etag = first.headers.get('etag')!;
    const res = await get('/api/v1/codes/304', { 'If-None-Match': etag });
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(etag);
    expect(res.headers.get('cache-control')).toBe(first.headers.get('cache-control'));
    expect(res.headers.get('content-length')).toBeNull();
    expect(await res.text()).toBe('');
  });

  it('answers 304 to If-None-Match with the tag weakened by a proxy (weak comparison, RFC 9110 §13.1.2)', async () => {
    const etag = (await get('/api/v1/codes/304')).headers.get('etag')!;
    expect((await get('/api/v1/codes/304', { 'If-None-Match': `"stale", W/${etag}` })).status).toBe(304);
  });

  it('answers 304 to If-Modified-Since equal to Last-Modified, 200 to an earlier date', async () => {
    const lastModified = (await get('/api/v1/codes/304')).headers.get('last-modified')!;
    expect((await get('/api/v1/codes/304', { 'If-Modified-Since': lastModified })).status).toBe(304);
    expect((await get('/api/v1/codes/304', { 'If-Modified-Since': 'Thu, 01 Jan 2015 00:00:00 GMT' })).status).toBe(200);
  });

  it('ignores If-Modified-Since when If-None-Match is present (RFC 9110 §13.1.3)', async () => {
    const lastModified = (await get('/api/v1/codes/304')).headers.get('last-modified')!;
    const res = await get('/api/v1/codes/304', { 'If-None-Match': '"something-else"', 'If-Modified-Since': lastModified });
    expect(res.status).toBe(200);
  });

  it('answers 412 to an If-Match that does not match', async () => {
    const res = await get('/api/v1/codes/304', { 'If-Match': '"nope"' });
    expect(res.status).toBe(412);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const getRes = await get('/api/v1/codes/304');
    const head = await app.request('/api/v1/codes/304', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(getRes.headers.get('etag'));
    expect(head.headers.get('content-length')).toBe(String((await getRes.arrayBuffer()).byteLength));
    expect(await head.text()).toBe('');
  });

  it('serves the same bytes with and without .json', async () => {
    const plain = await (await get('/api/v1/codes/304')).text();
    expect(await (await get('/api/v1/codes/304.json')).text()).toBe(plain);
  });

  it('compresses with br and gzip, each with its own ETag and Vary: Accept-Encoding', async () => {
    const identity = await get('/api/v1/codes/304');
    const br = await get('/api/v1/codes/304', { 'Accept-Encoding': 'br' });
    const gzip = await get('/api/v1/codes/304', { 'Accept-Encoding': 'gzip' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    for (const res of [identity, br, gzip]) expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(new Set([identity, br, gzip].map((r) => r.headers.get('etag'))).size).toBe(3);
    const brTag = br.headers.get('etag')!;
    expect((await get('/api/v1/codes/304', { 'Accept-Encoding': 'br', 'If-None-Match': brTag })).status).toBe(304);
  });
});

describe('errors are RFC 9457 problem documents', () => {
  it('an unknown code is a 404 problem', async () => {
    const res = await get('/api/v1/codes/999');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = await res.json();
    expect(problem).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404 });
    expect(problem.detail).toContain('999');
  });
  it('an unknown API path is a 404 problem', async () => {
    const res = await get('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
  it('a write method is a 405 problem with Allow', async () => {
    const res = await app.request('/api/v1/codes/304', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect((await res.json()).status).toBe(405);
  });
  it('a broken percent-encoding is a 400 problem', async () => {
    const res = await get('/api/v1/codes/%E0%A4%A');
    expect(res.status).toBe(400);
  });
  it('an invalid filter is a 400 problem naming the parameter', async () => {
    const res = await get('/api/v1/codes?class=6xx');
    expect(res.status).toBe(400);
    expect((await res.json()).detail).toContain('class');
  });
});

describe('collections and comparisons', () => {
  it('lists the codes and the curated comparisons', async () => {
    const codes = await (await get('/api/v1/codes')).json();
    expect(codes.codes.map((c: { code: number }) => c.code)).toEqual(expect.arrayContaining([200, 304]));
    const comparisons = await (await get('/api/v1/comparisons')).json();
    expect(comparisons.comparisons.map((c: { slug: string }) => c.slug)).toContain('304-vs-200');
  });
  it('serves the curated 304-vs-200 comparison', async () => {
    const res = await get('/api/v1/comparisons/304-vs-200');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ slug: '304-vs-200', codes: [304, 200], curated: true, title: '304 vs 200: Not Modified vs OK' });
    expect(body.faq.length).toBeGreaterThanOrEqual(3);
  });
  it('redirects the reversed slug of a curated pair with 308', async () => {
    const res = await get('/api/v1/comparisons/200-vs-304');
    expect(res.status).toBe(308);
    expect(res.headers.get('location')).toBe('/api/v1/comparisons/304-vs-200');
    expect((await get('/api/v1/comparisons/200-vs-304.json')).headers.get('location')).toBe('/api/v1/comparisons/304-vs-200.json');
  });
  it('derives a comparison for an uncurated pair, without invented prose', async () => {
    const res = await get('/api/v1/comparisons/200-vs-200');
    expect(res.status).toBe(404);
    const derived = await get('/api/v1/comparisons/304-vs-404');
    expect(derived.status).toBe(200);
    const body = await derived.json();
    expect(body).toMatchObject({ curated: false, codes: [304, 404], intro: null, decisionRule: null, faq: [] });
  });
  it('answers 404 for a comparison with an unknown code', async () => {
    const res = await get('/api/v1/comparisons/304-vs-999');
    expect(res.status).toBe(404);
    expect((await res.json()).detail).toContain('999');
  });
});

describe('CORS', () => {
  it('lets any origin read the data and the validators', async () => {
    const res = await get('/api/v1/codes/304', { Origin: 'https://example.com' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
  });
  it('answers a preflight', async () => {
    const res = await app.request('/api/v1/codes/304', {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.com', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-methods')).toContain('GET');
  });
});
