/**
 * The computed differences, checked against the primary texts: expected
 * values come from RFC 9110 §15 (classes, the heuristically cacheable list
 * of §15.1, content rules), RFC 6585 and the IANA registry, not from the
 * dataset under test.
 */
import { describe, expect, it } from 'vitest';
import { findCode, type StatusCode } from './dataset.ts';
import { differencesOf } from './differences.ts';

const code = (n: number): StatusCode => findCode(n)!;
const fields = (a: number, b: number) => differencesOf(code(a), code(b)).map((difference) => difference.field);
const statementOf = (a: number, b: number, field: string) =>
  differencesOf(code(a), code(b)).find((difference) => difference.field === field)?.statement;

describe('differences at a glance', () => {
  it('400 vs 404: only cacheability differs (RFC 9110 §15.1 lists 404, not 400)', () => {
    expect(fields(400, 404)).toEqual(['heuristicallyCacheable']);
    expect(statementOf(400, 404, 'heuristicallyCacheable')).toBe('404 is heuristically cacheable (RFC 9110 §15.1); 400 is not.');
  });

  it('204 vs 404: 204 cannot contain content (RFC 9110 §15.3.5); both are heuristically cacheable (§15.1)', () => {
    expect(fields(204, 404)).toContain('contentAllowed');
    expect(fields(204, 404)).not.toContain('heuristicallyCacheable');
    expect(fields(204, 404)).toContain('class');
    expect(statementOf(204, 404, 'contentAllowed')).toBe('404 can carry content; 204 never carries content.');
  });

  it('404 vs 500: the class, from the first digit (RFC 9110 §15)', () => {
    expect(statementOf(404, 500, 'class')).toBe(
      '404 is in class 4xx (Client Error, RFC 9110 §15.5); 500 is in class 5xx (Server Error, RFC 9110 §15.6).',
    );
  });

  it('401 vs 403: 401 requires WWW-Authenticate (RFC 9110 §15.5.2), 403 calls for no field', () => {
    expect(statementOf(401, 403, 'headers')).toBe('Header fields 401 calls for: WWW-Authenticate (MUST); 403: none.');
  });

  it('429 vs 503: RFC 6585 §4 forbids storing a 429; the defining documents differ', () => {
    expect(statementOf(429, 503, 'mustNotBeStored')).toBe('429 must not be stored by a cache (RFC 6585 §4); 503 has no such rule.');
    expect(statementOf(429, 503, 'document')).toBe('429 is defined in RFC 6585 §4; 503 in RFC 9110 §15.6.4.');
    // Both carry Retry-After at MAY (RFC 6585 §4, RFC 9110 §15.6.4); only class, storage and document differ.
    expect(fields(429, 503)).toEqual(['class', 'mustNotBeStored', 'document']);
  });

  it('499 vs 404: registration and vendor (499 is not in the IANA registry)', () => {
    expect(statementOf(499, 404, 'registration')).toBe('499 is not registered with IANA (unofficial); 404 is registered with IANA.');
    expect(statementOf(499, 404, 'vendor')).toBe('499 is used by nginx; 404 is not tied to one vendor.');
  });

  it('are symmetric: the same fields in either order', () => {
    for (const [a, b] of [
      [200, 304],
      [401, 407],
      [502, 522],
      [100, 599],
    ] as const) {
      expect(fields(a, b)).toEqual(fields(b, a));
    }
  });

  it('are empty for two codes that agree on every compared field', () => {
    // RFC 9110 §15.5.4 and §15.5.5: 403 and 404 differ in cacheability (§15.1), so pick 402 and 403.
    expect(fields(402, 403).filter((field) => field !== 'retry' && field !== 'headers')).toEqual([]);
  });
});
