import { describe, expect, it } from 'vitest';
import { parseEntityTag, parseEntityTagList, strongMatch, weakMatch } from './entity-tag.ts';

describe('parseEntityTagList (RFC 9110 §8.8.3, §13.1.1, §13.1.2)', () => {
  it('reads "*"', () => {
    expect(parseEntityTagList(' * ')).toBe('*');
  });
  it('reads the lists of §13.1.2, weak and strong', () => {
    expect(parseEntityTagList('W/"xyzzy", "r2d2xxxx", "c3piozzzz"')).toEqual([
      { weak: true, opaque: '"xyzzy"' },
      { weak: false, opaque: '"r2d2xxxx"' },
      { weak: false, opaque: '"c3piozzzz"' },
    ]);
  });
  it('skips empty elements and odd whitespace (§5.6.1)', () => {
    expect(parseEntityTagList(' ,  "a" ,,\t"b",')).toEqual([
      { weak: false, opaque: '"a"' },
      { weak: false, opaque: '"b"' },
    ]);
  });
  it('keeps commas inside an opaque-tag', () => {
    expect(parseEntityTagList('"a,b", "c"')).toEqual([
      { weak: false, opaque: '"a,b"' },
      { weak: false, opaque: '"c"' },
    ]);
  });
  it('stops at a malformed member', () => {
    expect(parseEntityTagList('"a", unquoted, "b"')).toEqual([{ weak: false, opaque: '"a"' }]);
  });
});

describe('comparison functions (the table of RFC 9110 §8.8.3.2)', () => {
  const cases: Array<[string, string, boolean, boolean]> = [
    ['W/"1"', 'W/"1"', false, true],
    ['W/"1"', 'W/"2"', false, false],
    ['W/"1"', '"1"', false, true],
    ['"1"', '"1"', true, true],
  ];
  it.each(cases)('%s vs %s: strong %s, weak %s', (a, b, strong, weak) => {
    expect(strongMatch(parseEntityTag(a), parseEntityTag(b))).toBe(strong);
    expect(weakMatch(parseEntityTag(a), parseEntityTag(b))).toBe(weak);
  });
});
