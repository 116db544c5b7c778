import { describe, expect, it } from 'vitest';
import notModified from './codes/304.ts';
import ok from './codes/200.ts';
import comparison from './comparisons/304-vs-200.ts';
import { DataValidationError, validateDataset, type RawDataset } from './validate.ts';

const good = (): RawDataset => ({
  codes: [structuredClone(ok), structuredClone(notModified)].map((entry) => ({ ...entry, related: [] })),
  comparisons: [structuredClone(comparison)],
  constants: { 304: { names: { go: 'http.StatusNotModified' } } },
});

/** Runs the validator and returns its problem lines (empty when valid). */
function problems(raw: RawDataset): readonly string[] {
  try {
    validateDataset(raw);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(DataValidationError);
    return (error as DataValidationError).problems;
  }
}

function withCode(change: (entry: Record<string, unknown>) => void): RawDataset {
  const raw = good();
  change(raw.codes[1] as Record<string, unknown>);
  return raw;
}

describe('validateDataset', () => {
  it('accepts a good dataset', () => {
    expect(problems(good())).toEqual([]);
  });

  it.each<[string, (entry: Record<string, unknown>) => void, string]>([
    ['a missing field', (e) => delete e.definition, 'data/codes/304.ts (code 304): field "definition"'],
    ['a status outside the vocabulary', (e) => (e.status = 'official'), 'field "status"'],
    [
      'a requirement level that is not MUST/SHOULD/MAY',
      (e) => ((e.headers as { requirement: string }[])[0]!.requirement = "MUSTN'T"),
      'field "headers[0].requirement"',
    ],
    ['mojibake in prose', (e) => (e.summary = 'HTTP 304 \u0e42 Not Modified: the cached copy is still valid.'), 'mojibake'],
    ['a vendor on a standard code', (e) => (e.vendor = 'nginx'), 'field "vendor" is only allowed when status is "unofficial"'],
    ['an unofficial code without vendor', (e) => (e.status = 'unofficial'), 'field "vendor" is required'],
    ['a code out of range', (e) => (e.code = 999), 'field "code"'],
    ['an unknown field', (e) => (e.colour = 'blue'), 'colour'],
    [
      'a 1xx code that allows content',
      (e) => {
        e.code = 199;
        e.contentAllowed = true;
      },
      'field "contentAllowed" must be false for a 1xx code',
    ],
    ['a relation to a code not in the dataset', (e) => (e.related = [299]), 'field "related[0]" names 299'],
    [
      'a spec link that does not go to the RFC Editor',
      (e) => (e.spec = { document: 'RFC 9110', section: '15.4.5', url: 'https://example.com/rfc9110' }),
      'field "spec.url"',
    ],
  ])('rejects %s, naming the entry and the field', (_kind, change, message) => {
    const found = problems(withCode(change));
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toContain(message);
  });

  it('rejects a code defined twice', () => {
    const raw = good();
    (raw.codes as unknown[]).push(structuredClone(raw.codes[1]));
    expect(problems(raw)).toContain('data/codes/304.ts (code 304): field "code" is defined twice');
  });

  it('rejects a comparison of a code that is not in the dataset', () => {
    const raw = good();
    (raw.comparisons[0] as { codes: number[] }).codes = [304, 418];
    expect(problems(raw).join('\n')).toContain('data/comparisons/304-vs-418.ts: field "codes[1]" names 418');
  });

  it('rejects an FAQ answer that is not longer than its question', () => {
    const raw = good();
    const faq = (raw.comparisons[0] as { faq: { question: string; answer: string }[] }).faq;
    faq[0]!.answer = 'Neither, really.';
    expect(problems(raw).join('\n')).toContain('field "faq[0].answer" answer must say more than the question');
  });

  it('rejects a constant for a code that is not in the dataset', () => {
    const raw = good();
    (raw.constants as Record<number, unknown>)[418] = { names: { python: 'http.HTTPStatus.IM_A_TEAPOT' } };
    expect(problems(raw).join('\n')).toContain('data/constants.ts (code 418): names a code that is not in the dataset');
  });
});
