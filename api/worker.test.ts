/**
 * The Workers entry in-process, for what does not need the runtime: the
 * coding chosen for the edge. Its behaviour inside workerd is tested by
 * conformance/workerd.test.ts.
 */
import { describe, expect, it } from 'vitest';
import worker, { edgeCoding } from './worker.ts';

describe('edgeCoding: the coding Cloudflare\u2019s edge delivers', () => {
  it('takes the first of br and gzip among the highest weights, in the client\u2019s order', () => {
    expect(edgeCoding('gzip, deflate, br, zstd')).toBe('gzip');
    expect(edgeCoding('br, gzip')).toBe('br');
    expect(edgeCoding('gzip;q=0.5, br')).toBe('br');
  });
  it('falls back to identity when the client lists identity first, refuses both, or sends nothing', () => {
    expect(edgeCoding('identity, gzip;q=0.5')).toBe('identity');
    expect(edgeCoding('br;q=0, gzip;q=0')).toBe('identity');
    expect(edgeCoding('deflate')).toBe('identity');
    expect(edgeCoding('')).toBe('identity');
  });
});

describe('the fetch handler without bindings', () => {
  it('answers the API with a Date field, which workerd leaves to the edge (RFC 9110 \u00a76.6.1)', async () => {
    const res = await worker.fetch(new Request('https://status.example/api/v1/codes/304'));
    expect(res.status).toBe(200);
    expect(res.headers.get('date')).toMatch(/ GMT$/);
  });
});
