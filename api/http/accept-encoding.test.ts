import { describe, expect, it } from 'vitest';
import { selectVariant } from './accept-encoding.ts';
import { createRepresentation } from './representation.ts';

const representation = createRepresentation(Buffer.from(`{"text":"${'compressible '.repeat(100)}"}`), {
  contentType: 'application/json',
  cacheControl: 'no-cache',
  lastModified: 0,
  compress: true,
});

describe('selectVariant (RFC 9110 §12.5.3)', () => {
  it.each([
    [null, 'identity'],
    ['', 'identity'],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['gzip, deflate, br, zstd', 'br'],
    ['br;q=0.5, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['deflate', 'identity'],
    ['GZIP', 'gzip'],
    ['gzip;q=bogus', 'identity'],
  ])('Accept-Encoding %j selects %s', (header, coding) => {
    expect(selectVariant(representation, header).coding).toBe(coding);
  });
  it('gives each coding its own entity-tag', () => {
    const tags = new Set([representation.identity.etag, representation.br!.etag, representation.gzip!.etag]);
    expect(tags.size).toBe(3);
  });
});
