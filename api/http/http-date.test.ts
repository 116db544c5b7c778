import { describe, expect, it } from 'vitest';
import { formatHttpDate, parseHttpDate } from './http-date.ts';

// The three examples of RFC 9110 §5.6.7, which all denote the same instant.
const SAME_INSTANT = Date.UTC(1994, 10, 6, 8, 49, 37);

describe('parseHttpDate (RFC 9110 §5.6.7)', () => {
  it('reads IMF-fixdate', () => {
    expect(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(SAME_INSTANT);
  });
  it('reads the obsolete RFC 850 format', () => {
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', Date.UTC(2026, 0, 1))).toBe(SAME_INSTANT);
  });
  it('reads the asctime format, with its space-padded day', () => {
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994')).toBe(SAME_INSTANT);
  });
  it('puts a two-digit year more than 50 years ahead in the past century', () => {
    expect(parseHttpDate('Thursday, 01-Jan-80 00:00:00 GMT', Date.UTC(2026, 0, 1))).toBe(Date.UTC(1980, 0, 1));
    expect(parseHttpDate('Friday, 01-Jan-27 00:00:00 GMT', Date.UTC(2026, 0, 1))).toBe(Date.UTC(2027, 0, 1));
  });
  it.each([
    ['', 'empty'],
    ['yesterday', 'not a date'],
    ['Sun, 06 Nov 1994 08:49:37 GMT, Mon, 07 Nov 1994 08:49:37 GMT', 'a list of two dates'],
    ['Sun, 06 Nov 1994 08:49:37 UTC', 'a zone other than GMT'],
    ['Sun, 31 Feb 1994 08:49:37 GMT', 'a day the month does not have'],
    ['Sun, 06 Nov 1994 25:49:37 GMT', 'hour 25'],
    ['1994-11-06T08:49:37Z', 'ISO 8601'],
  ])('rejects %j (%s)', (value) => {
    expect(parseHttpDate(value)).toBeUndefined();
  });
  it('formats as IMF-fixdate', () => {
    expect(formatHttpDate(SAME_INSTANT)).toBe('Sun, 06 Nov 1994 08:49:37 GMT');
  });
});
