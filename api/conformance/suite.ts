/**
 * The HTTP conformance suite, run over real sockets against every target the
 * project deploys to: the Node entry (`node.test.ts`) and workerd with the
 * static files as platform assets (`workerd.test.ts`). Expected values come
 * from RFC 9110 (preconditions §13, 304 §15.4.5, content codings §8.4 and
 * §12.5.3, Date §6.6.1), RFC 9457 (problem documents) and the IANA registry,
 * never from the code under test. Where the edge platform legitimately
 * differs for the static files it serves itself, the difference is a named
 * trait of the target, documented in DEVELOPERS.md ("Deployment").
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rawExchange } from '../testing/raw-socket.ts';
import { exchange } from './exchange.ts';

/** What a target does with the static files, where the platform decides rather than this project's code. */
export interface SiteTraits {
  /** Sends Last-Modified for pages (the Node entry: the last commit's time; the edge's assets have none). */
  lastModified: boolean;
  /** Sends Date on pages (RFC 9110 §6.6.1). workerd leaves it to Cloudflare's edge, which adds it. */
  date: boolean;
  /** A distinct entity-tag per content coding, with Vary: Accept-Encoding (the edge compresses assets on the fly). */
  tagPerCoding: boolean;
  /** Status of the redirect to a folder's trailing slash: 308 from the Node entry, 307 from the asset platform. */
  slashRedirect: 307 | 308;
}

export interface Target {
  name: string;
  /** Resolves once the server listens. */
  origin: () => string;
  port: () => number;
  site: SiteTraits;
}

const API = '/api/v1/codes/304';
const PAGE = '/compare/304-vs-200/';
const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const STRONG_TAG = /^"[\x21\x23-\x7e]*"$/;
const identity = { 'Accept-Encoding': 'identity' };

function decode(coding: string | undefined, body: Buffer): Buffer {
  if (coding === 'br') return brotliDecompressSync(body);
  if (coding === 'gzip') return gunzipSync(body);
  return body;
}

/** An HTTP date some days before `httpDate`, or after it. */
function shift(httpDate: string, days: number): string {
  return new Date(Date.parse(httpDate) + days * 86_400_000).toUTCString();
}

/** Declares the suite for one target. */
export function conformanceSuite(target: Target): void {
  const get = (path: string, headers: Record<string, string> = identity, method = 'GET') =>
    exchange(target.origin(), path, headers, method);

  describe(`${target.name}: an API resource and its validators`, () => {
    it('answers 200 with JSON, a strong ETag, Last-Modified, Date and a Content-Length that fits', async () => {
      const res = await get(API);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/json');
      expect(res.headers.etag).toMatch(STRONG_TAG);
      expect(res.headers['last-modified']).toMatch(IMF_FIXDATE);
      expect(res.headers.date).toMatch(IMF_FIXDATE);
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      expect(res.headers['content-length']).toBe(String(res.body.byteLength));
      // The IANA registry's phrase for 304.
      expect(JSON.parse(res.body.toString('utf8'))).toMatchObject({ code: 304, phrase: 'Not Modified' });
    });

    it('answers 304 with no content to If-None-Match with its ETag (§13.1.2, §15.4.5)', async () => {
      const first = await get(API);
      const res = await get(API, { ...identity, 'If-None-Match': first.headers.etag! });
      expect(res.status).toBe(304);
      expect(res.body.byteLength).toBe(0);
      expect(res.headers.etag).toBe(first.headers.etag);
      expect(res.headers['cache-control']).toBe(first.headers['cache-control']);
      expect(res.headers.vary).toBe(first.headers.vary);
      // §8.6: a Content-Length on a 304 must be the 200's length, so a "0" would be wrong.
      if (res.headers['content-length'] !== undefined) expect(res.headers['content-length']).toBe(first.headers['content-length']);
    });

    it('sends no content after a 304: a pipelined request follows it directly', async () => {
      const { etag } = (await get(API)).headers;
      const request = (extra: string) => `GET ${API} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\n${extra}\r\n`;
      const wire = await rawExchange(target.port(), request(`If-None-Match: ${etag}\r\n`) + request('Connection: close\r\n'));
      const end = wire.indexOf('\r\n\r\n') + 4;
      expect(wire.slice(0, end)).toMatch(/^HTTP\/1\.1 304 Not Modified\r\n/);
      expect(wire.slice(0, end).toLowerCase()).not.toContain('transfer-encoding');
      expect(wire.slice(end)).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    });

    it('compares If-None-Match weakly: W/ and list members match, "*" matches (§13.1.2)', async () => {
      const { etag } = (await get(API)).headers;
      expect((await get(API, { ...identity, 'If-None-Match': `"stale", W/${etag}` })).status).toBe(304);
      expect((await get(API, { ...identity, 'If-None-Match': '*' })).status).toBe(304);
      expect((await get(API, { ...identity, 'If-None-Match': '"stale", W/"other"' })).status).toBe(200);
    });

    it('answers 304 to If-Modified-Since at or after Last-Modified, 200 before it or when invalid (§13.1.3)', async () => {
      const lastModified = (await get(API)).headers['last-modified']!;
      expect((await get(API, { ...identity, 'If-Modified-Since': lastModified })).status).toBe(304);
      expect((await get(API, { ...identity, 'If-Modified-Since': shift(lastModified, 1) })).status).toBe(304);
      expect((await get(API, { ...identity, 'If-Modified-Since': shift(lastModified, -1) })).status).toBe(200);
      expect((await get(API, { ...identity, 'If-Modified-Since': 'yesterday' })).status).toBe(200);
    });

    it('ignores If-Modified-Since when If-None-Match is present (§13.1.3)', async () => {
      const lastModified = (await get(API)).headers['last-modified']!;
      expect((await get(API, { ...identity, 'If-None-Match': '"other"', 'If-Modified-Since': lastModified })).status).toBe(200);
    });

    it('compares If-Match strongly: its own tag passes, a weak or other tag fails with a 412 problem (§13.1.1)', async () => {
      const { etag } = (await get(API)).headers;
      expect((await get(API, { ...identity, 'If-Match': etag! })).status).toBe(200);
      expect((await get(API, { ...identity, 'If-Match': '*' })).status).toBe(200);
      for (const ifMatch of [`W/${etag}`, '"nope"']) {
        const res = await get(API, { ...identity, 'If-Match': ifMatch });
        expect(res.status, ifMatch).toBe(412);
        expect(res.headers['content-type']).toBe('application/problem+json');
        expect(JSON.parse(res.body.toString('utf8'))).toMatchObject({ status: 412, title: 'Precondition Failed' });
      }
    });

    it('answers 412 to If-Unmodified-Since before Last-Modified, ignores it beside If-Match (§13.1.4)', async () => {
      const { etag, 'last-modified': lastModified } = (await get(API)).headers;
      expect((await get(API, { ...identity, 'If-Unmodified-Since': shift(lastModified!, -1) })).status).toBe(412);
      expect((await get(API, { ...identity, 'If-Unmodified-Since': lastModified! })).status).toBe(200);
      expect((await get(API, { ...identity, 'If-Match': etag!, 'If-Unmodified-Since': shift(lastModified!, -1) })).status).toBe(200);
    });

    it('evaluates the conditions in the order of §13.2.2', async () => {
      const { etag, 'last-modified': lastModified } = (await get(API)).headers;
      // Step 1 before step 3: a failed If-Match wins over a matching If-None-Match.
      expect((await get(API, { ...identity, 'If-Match': '"nope"', 'If-None-Match': etag! })).status).toBe(412);
      // Step 2 before step 4: a failed If-Unmodified-Since wins over a matching If-Modified-Since.
      const both = { 'If-Unmodified-Since': shift(lastModified!, -1), 'If-Modified-Since': lastModified! };
      expect((await get(API, { ...identity, ...both })).status).toBe(412);
      // A passed If-Match goes on to If-None-Match.
      expect((await get(API, { ...identity, 'If-Match': etag!, 'If-None-Match': etag! })).status).toBe(304);
    });

    it('answers HEAD with the fields of GET and no content (§9.3.2), and with 304 when the tag matches', async () => {
      const got = await get(API);
      const head = await get(API, identity, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.body.byteLength).toBe(0);
      for (const field of ['etag', 'last-modified', 'content-type', 'cache-control', 'vary']) {
        expect(head.headers[field], field).toBe(got.headers[field]);
      }
      expect(head.headers['content-length']).toBe(String(got.body.byteLength));
      expect((await get(API, { ...identity, 'If-None-Match': got.headers.etag! }, 'HEAD')).status).toBe(304);
    });
  });

  describe(`${target.name}: content codings`, () => {
    it('sends br and gzip as asked, each decoding to the identity bytes with its own ETag, and Vary (§8.4, §8.8.3)', async () => {
      const plain = await get(API);
      const tags = new Set([plain.headers.etag]);
      for (const coding of ['br', 'gzip']) {
        const res = await get(API, { 'Accept-Encoding': coding });
        expect(res.headers['content-encoding'], coding).toBe(coding);
        expect(res.headers.vary, coding).toBe('Accept-Encoding');
        expect(decode(coding, res.body).equals(plain.body), coding).toBe(true);
        tags.add(res.headers.etag);
        expect((await get(API, { 'Accept-Encoding': coding, 'If-None-Match': res.headers.etag! })).status, coding).toBe(304);
      }
      expect(tags.size).toBe(3);
    });

    it('answers a browser\u2019s Accept-Encoding with one coding it listed, tagged as that coding alone is (§12.5.3)', async () => {
      const plain = await get(API);
      const res = await get(API, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
      const coding = res.headers['content-encoding'];
      expect(['br', 'gzip']).toContain(coding);
      expect(decode(coding, res.body).equals(plain.body)).toBe(true);
      expect(res.headers.etag).toBe((await get(API, { 'Accept-Encoding': coding! })).headers.etag);
    });

    it('sends identity when no coding is acceptable or none is asked for', async () => {
      const plain = await get(API);
      for (const headers of [{}, { 'Accept-Encoding': 'br;q=0, gzip;q=0' }, { 'Accept-Encoding': 'deflate' }] as Record<string, string>[]) {
        const res = await get(API, headers);
        expect(res.headers['content-encoding'], JSON.stringify(headers)).toBeUndefined();
        expect(res.headers.etag).toBe(plain.headers.etag);
        expect(res.body.equals(plain.body)).toBe(true);
      }
    });
  });

  describe(`${target.name}: errors are RFC 9457 problem documents`, () => {
    async function problem(path: string, method = 'GET') {
      const res = await get(path, identity, method);
      expect(res.headers['content-type'], path).toBe('application/problem+json');
      expect(res.headers['cache-control'], path).toBe('no-store');
      expect(res.headers['access-control-allow-origin'], path).toBe('*');
      const document = JSON.parse(res.body.toString('utf8'));
      expect(document.status, path).toBe(res.status);
      expect(document.type, path).toBe('about:blank');
      return { res, document };
    }

    it('an unknown code is a 404 problem naming it', async () => {
      const { res, document } = await problem('/api/v1/codes/999');
      expect(res.status).toBe(404);
      expect(document).toMatchObject({ title: 'Not Found', instance: '/api/v1/codes/999' });
      expect(document.detail).toContain('999');
    });

    it('an unknown API path is a 404 problem', async () => {
      expect((await problem('/api/v1/nothing-here')).res.status).toBe(404);
    });

    it('a write method is a 405 problem with Allow (§15.5.6)', async () => {
      const { res, document } = await problem(API, 'DELETE');
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
      expect(document.title).toBe('Method Not Allowed');
    });

    it('an unrecognized method is a 501 problem (§9.1, §15.6.2)', async () => {
      const wire = await rawExchange(
        target.port(),
        `PROPFIND ${API} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      );
      expect(wire).toMatch(/^HTTP\/1\.1 501 /);
      expect(wire.toLowerCase()).toContain('content-type: application/problem+json');
    });

    it('a broken percent-encoding is a 400 problem', async () => {
      expect((await problem('/api/v1/codes/%E0%A4%A')).res.status).toBe(400);
    });

    it('an invalid filter is a 400 problem naming the parameter', async () => {
      const { res, document } = await problem('/api/v1/codes?class=6xx');
      expect(res.status).toBe(400);
      expect(document.detail).toContain('class');
    });
  });

  describe(`${target.name}: the site's pages`, () => {
    it('serves a page with a strong ETag, revalidated with 304 by the same or weakened tag', async () => {
      const first = await get(PAGE);
      expect(first.status).toBe(200);
      expect(first.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(first.body.toString('utf8')).toContain('304 vs 200');
      expect(first.headers.etag).toMatch(STRONG_TAG);
      expect(first.headers['last-modified'] !== undefined).toBe(target.site.lastModified);
      expect(first.headers.date !== undefined).toBe(target.site.date);
      for (const tag of [first.headers.etag!, `W/${first.headers.etag}`]) {
        const again = await get(PAGE, { ...identity, 'If-None-Match': tag });
        expect(again.status, tag).toBe(304);
        expect(again.body.byteLength).toBe(0);
        expect(again.headers.etag).toBe(first.headers.etag);
      }
    });

    it('compresses a page so that it decodes to the identity bytes', async () => {
      const plain = await get(PAGE);
      const res = await get(PAGE, { 'Accept-Encoding': 'br' });
      expect(res.headers['content-encoding']).toBe('br');
      expect(decode('br', res.body).equals(plain.body)).toBe(true);
      if (target.site.tagPerCoding) {
        expect(res.headers.etag).not.toBe(plain.headers.etag);
        expect(res.headers.vary).toBe('Accept-Encoding');
      }
    });

    it('answers HEAD for a page with no content', async () => {
      const head = await get(PAGE, identity, 'HEAD');
      expect(head.status).toBe(200);
      expect(head.body.byteLength).toBe(0);
      expect(head.headers.etag).toBe((await get(PAGE)).headers.etag);
    });

    it('redirects a folder URL to its trailing slash', async () => {
      const res = await get('/codes/304');
      expect(res.status).toBe(target.site.slashRedirect);
      expect(res.headers.location).toBe('/codes/304/');
    });

    it('answers an unknown path with the 404 page and status 404', async () => {
      const res = await get('/no/such/page/');
      expect(res.status).toBe(404);
      expect(res.body.toString('utf8')).toContain('Page not found');
    });
  });
}
