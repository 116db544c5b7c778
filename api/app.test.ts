import { describe, expect, it } from 'vitest';
import { createApp } from './app.ts';

// Validators, preconditions, content codings and problem documents are tested over sockets against
// every deployment target in conformance/suite.ts.

const app = createApp();
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

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
