/**
 * Every number resolves, in the API and on the site: 0 and 000 answer with a
 * resource that says they are not status codes, an unassigned number from 100
 * to 599 answers with its class and the x00 code a client treats it as (RFC
 * 9110 §15), and anything else gets a problem document, never a 5xx. The site
 * part runs the real server over a socket against the build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.ts';
import { startServer, type RunningServer } from './testing/spawn-server.ts';
import { codeResourceSchema, pseudoCodeResourceSchema, unassignedResourceSchema } from './resource-schemas.ts';

const app = createApp();
const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });

/** Numbers that are not status codes (RFC 9110 §15: three digits, 100 to 599), spelled as people type them. */
const NOT_STATUS_CODES = ['-1', '0099', '099', '00', '600', '999', '1000', 'abc', '4o4', '404.0', '%20404', '1e3'];

describe('GET /api/v1/codes/0 and /000', () => {
  it.each([
    ['0', 'https://fetch.spec.whatwg.org/#concept-network-error'],
    ['000', 'https://curl.se/libcurl/c/CURLINFO_RESPONSE_CODE.html'],
  ])('%s is a resource that says it is not a status code, citing %s', async (id, origin) => {
    const res = await get(`/api/v1/codes/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const text = await res.text();
    expect(await (await get(`/api/v1/codes/${id}.json`)).text()).toBe(text);
    const body = pseudoCodeResourceSchema.parse(JSON.parse(text));
    expect(body.kind).toBe('not-a-status-code');
    expect(body.id).toBe(id);
    expect(body.title).toMatch(/not an HTTP status code/);
    expect(body.originSource.url).toBe(origin);
    expect(body.links).toEqual({ self: `/api/v1/codes/${id}`, reference: `/codes/${id}/` });
  });

  it('status 0 lists the CORS console message among its symptoms (Chromium cors_error_string.cc)', async () => {
    const body = await (await get('/api/v1/codes/0')).json();
    expect(body.symptoms.map((symptom: { text: string }) => symptom.text)).toContain('has been blocked by CORS policy');
  });
});

describe('GET /api/v1/codes/{n} for an unassigned n', () => {
  it.each([
    // [n, class, x00 of the class (RFC 9110 §15), IANA unassigned range]
    [471, '4xx', 400, '452–499'],
    [299, '2xx', 200, '227–299'],
    [150, '1xx', 100, '105–199'],
    [555, '5xx', 500, '512–599'],
    [427, '4xx', 400, '427'],
  ])('%i answers 200 with class %s, treated as %i, range %s', async (code, statusClass, treatAs, range) => {
    const res = await get(`/api/v1/codes/${code}`);
    expect(res.status).toBe(200);
    const body = unassignedResourceSchema.parse(await res.json());
    expect(body).toMatchObject({ kind: 'unassigned', code, class: statusClass, status: 'unassigned', treatAs });
    expect(body.registry.unassignedRange).toBe(range);
    expect(body.clientBehavior).toContain(`treat it as ${treatAs}`);
    expect(body.spec[0]).toEqual({ document: 'RFC 9110', section: '15', url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15' });
    expect(body.links.treatAs).toBe(`/api/v1/codes/${treatAs}`);
  });

  it('has validators and answers a conditional request with 304, like every resource', async () => {
    const first = await get('/api/v1/codes/471');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('last-modified')).toBeTruthy();
    expect((await get('/api/v1/codes/471', { 'If-None-Match': etag })).status).toBe(304);
  });

  it('says a 1xx is never stored and a final code is not heuristically cacheable (RFC 9111 §3, RFC 9110 §15.1)', async () => {
    expect((await (await get('/api/v1/codes/150')).json()).cachingBehavior).toMatch(/only final responses can be stored/);
    expect((await (await get('/api/v1/codes/471')).json()).cachingBehavior).toMatch(/not heuristically cacheable.*must-understand/);
  });

  it('leaves codes of the dataset unchanged in shape, with their symptoms', async () => {
    const body = codeResourceSchema.parse(await (await get('/api/v1/codes/413')).json());
    expect(body.kind).toBe('status-code');
    // nginx documentation: exceeding client_max_body_size returns 413.
    expect(body.symptoms).toContainEqual(expect.objectContaining({ text: 'client_max_body_size', kind: 'directive', product: 'nginx' }));
  });
});

describe('GET /api/v1/codes/{not a status code}', () => {
  it.each(NOT_STATUS_CODES)('"%s" gets a 404 problem document that explains the rule', async (segment) => {
    const res = await get(`/api/v1/codes/${segment}`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = await res.json();
    expect(problem).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404 });
    expect(problem.detail).toMatch(/100 to 599/);
  });
});

describe('the real server: every number has a page or the 404 page', () => {
  let server: RunningServer;
  // Start-up reads and compresses the whole build; on a busy machine that takes a while.
  beforeAll(async () => {
    server = await startServer();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  it.each([
    ['/codes/0/', '0 is not an HTTP status code'],
    ['/codes/000/', '000 is not an HTTP status code'],
    ['/codes/471/', '471 is an unassigned status code'],
    ['/codes/299/', '299 is an unassigned status code'],
    ['/codes/150/', '150 is an unassigned status code'],
  ])('%s is a page: "%s"', async (path, heading) => {
    const res = await fetch(`${server.origin}${path}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.replace(/<[^>]+>/g, '')).toContain(heading);
    const again = await fetch(`${server.origin}${path}`, { headers: { 'If-None-Match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it.each(['/codes/-1/', '/codes/0099/', '/codes/600/', '/codes/1000/', '/codes/abc/'])(
    '%s is the 404 page with status 404',
    async (path) => {
      const res = await fetch(`${server.origin}${path}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('Page not found');
    },
  );

  it.each(['/api/v1/codes/0', '/api/v1/codes/471', ...NOT_STATUS_CODES.map((segment) => `/api/v1/codes/${segment}`)])(
    '%s never answers 5xx over the socket',
    async (path) => {
      const res = await fetch(`${server.origin}${path}`);
      expect(res.status).toBeLessThan(500);
      expect([200, 404]).toContain(res.status);
    },
  );
});
