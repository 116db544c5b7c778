import { describe, expect, it } from 'vitest';
import { evaluatePreconditions } from './preconditions.ts';

const validators = { etag: '"v2"', lastModified: Date.UTC(2026, 10, 25) };
const BEFORE = 'Tue, 24 Nov 2026 00:00:00 GMT';
const AT = 'Wed, 25 Nov 2026 00:00:00 GMT';
const AFTER = 'Thu, 26 Nov 2026 00:00:00 GMT';

describe('evaluatePreconditions, RFC 9110 §13.1 and the order of §13.2.2', () => {
  it('proceeds without conditions', () => {
    expect(evaluatePreconditions('GET', {}, validators)).toBe('proceed');
  });

  describe('If-None-Match (§13.1.2)', () => {
    it('answers 304 to GET and HEAD when a tag matches', () => {
      expect(evaluatePreconditions('GET', { ifNoneMatch: '"v2"' }, validators)).toBe(304);
      expect(evaluatePreconditions('HEAD', { ifNoneMatch: '"v2"' }, validators)).toBe(304);
    });
    it('uses the weak comparison: W/"v2" matches "v2"', () => {
      expect(evaluatePreconditions('GET', { ifNoneMatch: 'W/"v2"' }, validators)).toBe(304);
    });
    it('matches any member of a list, including one joined from several field lines', () => {
      expect(evaluatePreconditions('GET', { ifNoneMatch: '"v0", "v1", "v2"' }, validators)).toBe(304);
      expect(evaluatePreconditions('GET', { ifNoneMatch: '"v0", W/"v2"' }, validators)).toBe(304);
    });
    it('treats "*" as matching a resource that exists', () => {
      expect(evaluatePreconditions('GET', { ifNoneMatch: '*' }, validators)).toBe(304);
    });
    it('answers 412 to other methods when a tag matches', () => {
      expect(evaluatePreconditions('PUT', { ifNoneMatch: '*' }, validators)).toBe(412);
    });
    it('proceeds when no tag matches', () => {
      expect(evaluatePreconditions('GET', { ifNoneMatch: '"v1", W/"v3"' }, validators)).toBe('proceed');
    });
  });

  describe('If-Modified-Since (§13.1.3)', () => {
    it('answers 304 when the representation is not newer than the date', () => {
      expect(evaluatePreconditions('GET', { ifModifiedSince: AT }, validators)).toBe(304);
      expect(evaluatePreconditions('GET', { ifModifiedSince: AFTER }, validators)).toBe(304);
    });
    it('proceeds when the representation changed after the date', () => {
      expect(evaluatePreconditions('GET', { ifModifiedSince: BEFORE }, validators)).toBe('proceed');
    });
    it('accepts the RFC 850 and asctime formats', () => {
      expect(evaluatePreconditions('GET', { ifModifiedSince: 'Wednesday, 25-Nov-26 00:00:00 GMT' }, validators)).toBe(304);
      expect(evaluatePreconditions('GET', { ifModifiedSince: 'Wed Nov 25 00:00:00 2026' }, validators)).toBe(304);
    });
    it('is ignored when If-None-Match is present', () => {
      expect(evaluatePreconditions('GET', { ifNoneMatch: '"other"', ifModifiedSince: AFTER }, validators)).toBe('proceed');
    });
    it('is ignored when invalid or a list', () => {
      expect(evaluatePreconditions('GET', { ifModifiedSince: 'not a date' }, validators)).toBe('proceed');
      expect(evaluatePreconditions('GET', { ifModifiedSince: `${AFTER}, ${AFTER}` }, validators)).toBe('proceed');
    });
    it('is ignored for methods other than GET and HEAD', () => {
      expect(evaluatePreconditions('POST', { ifModifiedSince: AFTER }, validators)).toBe('proceed');
    });
  });

  describe('If-Match (§13.1.1)', () => {
    it('proceeds on a strong match or "*"', () => {
      expect(evaluatePreconditions('GET', { ifMatch: '"v1", "v2"' }, validators)).toBe('proceed');
      expect(evaluatePreconditions('GET', { ifMatch: '*' }, validators)).toBe('proceed');
    });
    it('answers 412 when only a weak tag matches: the comparison is strong', () => {
      expect(evaluatePreconditions('GET', { ifMatch: 'W/"v2"' }, validators)).toBe(412);
    });
    it('answers 412 when nothing matches', () => {
      expect(evaluatePreconditions('PUT', { ifMatch: '"v1"' }, validators)).toBe(412);
    });
  });

  describe('If-Unmodified-Since (§13.1.4)', () => {
    it('answers 412 when the representation changed after the date', () => {
      expect(evaluatePreconditions('GET', { ifUnmodifiedSince: BEFORE }, validators)).toBe(412);
    });
    it('proceeds when it did not', () => {
      expect(evaluatePreconditions('GET', { ifUnmodifiedSince: AT }, validators)).toBe('proceed');
    });
    it('is ignored when If-Match is present, or when invalid', () => {
      expect(evaluatePreconditions('GET', { ifMatch: '"v2"', ifUnmodifiedSince: BEFORE }, validators)).toBe('proceed');
      expect(evaluatePreconditions('GET', { ifUnmodifiedSince: 'garbage' }, validators)).toBe('proceed');
    });
  });

  describe('precedence (§13.2.2)', () => {
    it('a failed If-Match wins over a matching If-None-Match: 412, not 304', () => {
      expect(evaluatePreconditions('GET', { ifMatch: '"v1"', ifNoneMatch: '"v2"' }, validators)).toBe(412);
    });
    it('a failed If-Unmodified-Since wins over If-Modified-Since', () => {
      expect(evaluatePreconditions('GET', { ifUnmodifiedSince: BEFORE, ifModifiedSince: AFTER }, validators)).toBe(412);
    });
    it('a passed If-Match goes on to If-None-Match', () => {
      expect(evaluatePreconditions('GET', { ifMatch: '"v2"', ifNoneMatch: '"v2"' }, validators)).toBe(304);
    });
  });
});
