import { describe, expect, it } from 'vitest';
import worker from './worker.ts';

describe('the Workers-style entry', () => {
  it('answers plain Request objects, including conditional ones', async () => {
    const first = await worker.fetch(new Request('https://status.example/api/v1/codes/304'));
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    const again = await worker.fetch(new Request('https://status.example/api/v1/codes/304', { headers: { 'If-None-Match': etag } }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });
  it('answers unknown codes with a problem document', async () => {
    const res = await worker.fetch(new Request('https://status.example/api/v1/codes/777'));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});
