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

describe('selectVariant, with a value seen before (choices are remembered per value)', () => {
  const brOnly = { ...representation, gzip: undefined };
  const gzipOnly = { ...representation, br: undefined };
  // The same value against representations with other variants: what is remembered must not leak across them.
  it.each([
    ['br;q=0, gzip', 'gzip', 'identity', 'gzip'],
    ['br, gzip;q=0.5', 'br', 'br', 'identity'],
    ['identity;q=0, *;q=0.1', 'br', 'br', 'gzip'],
    ['gzip;q=0', 'identity', 'identity', 'identity'],
  ])('%j picks %s (br and gzip), %s (br only), %s (gzip only), the first time and the next', (header, both, br, gzip) => {
    for (let round = 0; round < 2; round++) {
      expect(selectVariant(representation, header).coding).toBe(both);
      expect(selectVariant(brOnly, header).coding).toBe(br);
      expect(selectVariant(gzipOnly, header).coding).toBe(gzip);
    }
  });
  it('still answers right once more distinct values have come than it remembers', () => {
    for (let i = 0; i < 1000; i++)
      expect(selectVariant(representation, `gzip;q=0.${i % 10}, identity;q=0.05, x-${i}`).coding).toBe(i % 10 === 0 ? 'identity' : 'gzip');
  });
});
