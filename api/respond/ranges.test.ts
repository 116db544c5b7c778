import { describe, expect, it } from 'vitest';
import { ifRangeHolds, parseRange, partialContent } from './ranges.ts';

// Expected values from the examples of RFC 9110 §14.1.2, for a representation of 10000 bytes.
describe('parseRange (RFC 9110 §14.1.2)', () => {
  it.each([
    ['bytes=0-499', [{ first: 0, last: 499 }]],
    ['bytes=500-999', [{ first: 500, last: 999 }]],
    ['bytes=-500', [{ first: 9500, last: 9999 }]],
    ['bytes=9500-', [{ first: 9500, last: 9999 }]],
    [
      'bytes=0-0,-1',
      [
        { first: 0, last: 0 },
        { first: 9999, last: 9999 },
      ],
    ],
    [
      'bytes= 0-999, 4500-5499, -1000',
      [
        { first: 0, last: 999 },
        { first: 4500, last: 5499 },
        { first: 9000, last: 9999 },
      ],
    ],
    ['bytes=9000-99999999999999999999999', [{ first: 9000, last: 9999 }]],
  ])('%s', (value, ranges) => {
    expect(parseRange(value, 10_000)).toEqual({ kind: 'ranges', ranges });
  });

  it('is unsatisfiable when no range starts inside the representation, or a suffix is zero', () => {
    expect(parseRange('bytes=10000-', 10_000).kind).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 10_000).kind).toBe('unsatisfiable');
  });

  it('ignores other units and invalid specifiers (§14.2)', () => {
    for (const value of ['items=0-5', 'bytes=5-1', 'bytes=abc', 'bytes=', 'bytes 0-5'])
      expect(parseRange(value, 100).kind, value).toBe('none');
  });

  it('counts ranges beyond the cap', () => {
    expect(parseRange(`bytes=${Array.from({ length: 17 }, (_, i) => `${i}-${i}`).join(',')}`, 100)).toEqual({
      kind: 'too-many',
      count: 17,
    });
  });
});

describe('ifRangeHolds (RFC 9110 §13.1.5)', () => {
  const etag = '"abc"';
  const date = 'Wed, 25 Nov 2026 00:00:00 GMT';
  it('holds for the same strong tag or the exact date, and without If-Range', () => {
    expect(ifRangeHolds(null, etag, date)).toBe(true);
    expect(ifRangeHolds('"abc"', etag, date)).toBe(true);
    expect(ifRangeHolds(date, etag, date)).toBe(true);
  });
  it('fails for a weak tag, another tag, or another date', () => {
    expect(ifRangeHolds('W/"abc"', etag, date)).toBe(false);
    expect(ifRangeHolds('"other"', etag, date)).toBe(false);
    expect(ifRangeHolds('Thu, 26 Nov 2026 00:00:00 GMT', etag, date)).toBe(false);
  });
});

describe('partialContent', () => {
  const content = Buffer.from('0123456789abcdefghij');
  it('sends one range as a single part (§15.3.7.1)', () => {
    const part = partialContent(content, 'text/plain', [{ first: 2, last: 5 }], 'b');
    expect(Buffer.from(part.body).toString()).toBe('2345');
    expect(part.headers['Content-Range']).toBe('bytes 2-5/20');
  });
  it('sends several as multipart/byteranges (§14.6)', () => {
    const part = partialContent(
      content,
      'text/plain',
      [
        { first: 0, last: 1 },
        { first: 18, last: 19 },
      ],
      'SEP',
    );
    expect(part.headers['Content-Type']).toBe('multipart/byteranges; boundary=SEP');
    expect(Buffer.from(part.body).toString()).toBe(
      '\r\n--SEP\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-1/20\r\n\r\n01' +
        '\r\n--SEP\r\nContent-Type: text/plain\r\nContent-Range: bytes 18-19/20\r\n\r\nij\r\n--SEP--\r\n',
    );
  });
});
