import { describe, expect, it } from 'vitest';
import { comparisons, deriveComparison, findCode, findComparison } from './dataset.ts';

/** The pairs the comparisons issue requires, as [a, b] in either order. */
const REQUIRED_PAIRS: Array<[number, number]> = [
  [401, 403],
  [301, 302],
  [301, 308],
  [302, 307],
  [307, 308],
  [302, 303],
  [404, 410],
  [400, 422],
  [500, 502],
  [502, 504],
  [503, 504],
  [429, 503],
  [304, 200],
  [403, 404],
  [200, 201],
  [200, 204],
  [409, 412],
  [412, 428],
  [304, 412],
  [405, 501],
  [406, 415],
  [413, 431],
  [204, 205],
  [200, 206],
  [451, 403],
  [425, 429],
  // The pairs people search for most (issue 13), each curated for its pair.
  [400, 401],
  [400, 404],
  [204, 404],
  [400, 500],
  [500, 504],
  [404, 405],
  [400, 409],
  [200, 202],
  [521, 522],
  [301, 307],
  [403, 429],
  [403, 405],
  [401, 419],
  [408, 499],
  [400, 406],
  [301, 304],
];

/** Sentences of a text: split at ., ? or ! followed by a space, normalised for comparison. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.?!])\s+/)
    .map((sentence) =>
      sentence
        .toLowerCase()
        .replace(/[^a-z0-9§ ]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((sentence) => sentence.split(' ').length >= 5);
}

const STOP_WORDS =
  'a an and are as at be but by for from has have if in is it its not of on one or so that the their then this to was when which while with you your'.split(
    ' ',
  );
const words = (text: string) => new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);

describe('curated comparisons', () => {
  it('number at least sixty-five', () => {
    expect(comparisons.length).toBeGreaterThanOrEqual(65);
  });

  it.each(REQUIRED_PAIRS)('include %i vs %i', (a, b) => {
    expect(findComparison(`${a}-vs-${b}`) ?? findComparison(`${b}-vs-${a}`)).toBeDefined();
  });

  it.each(comparisons.map((c) => [c.slug, c] as const))('%s has every part', (_slug, comparison) => {
    expect(comparison.intro).toBeTruthy();
    expect(comparison.keyDifference).toBeTruthy();
    expect(comparison.decisionRule).toBeTruthy();
    expect(comparison.commonMistake).toBeTruthy();
    expect(comparison.theme).toBeTruthy();
    expect(comparison.aspects.length).toBeGreaterThanOrEqual(10); // eight standard rows and at least two for the pair
    expect(comparison.faq.length).toBeGreaterThanOrEqual(3);
  });

  it('share no sentence with one another', () => {
    const owner = new Map<string, string>();
    const repeated: string[] = [];
    for (const comparison of comparisons) {
      const prose = [
        comparison.intro!,
        comparison.keyDifference!,
        comparison.decisionRule!,
        comparison.commonMistake!,
        ...comparison.aspects.filter((row) => row.scope === 'pair').flatMap((row) => row.cells),
        ...comparison.faq.flatMap((item) => [item.question, item.answer]),
      ];
      for (const sentence of new Set(prose.flatMap(sentences))) {
        const first = owner.get(sentence);
        if (first && first !== comparison.slug) repeated.push(`"${sentence}" in ${first} and ${comparison.slug}`);
        owner.set(sentence, first ?? comparison.slug);
      }
    }
    expect(repeated).toEqual([]);
  });

  it('answer each FAQ with more than the question and without restating it', () => {
    for (const comparison of comparisons) {
      for (const { question, answer } of comparison.faq) {
        expect(answer.length, question).toBeGreaterThan(question.length);
        // An answer that restates the question ("304 communicates Not Modified, while 200 communicates OK")
        // brings almost no words the question lacks; a real answer brings many.
        const known = new Set([
          ...words(question),
          ...STOP_WORDS,
          ...comparison.codes.flatMap((code) => [...words(findCode(code)!.phrase)]),
        ]);
        const added = [...words(answer)].filter((word) => !known.has(word));
        expect(added.length, `${comparison.slug}: "${question}"`).toBeGreaterThanOrEqual(10);
        expect(answer.toLowerCase()).not.toContain(question.toLowerCase().replace(/\?$/, ''));
      }
    }
  });

  it('the restatement rule rejects the seed page FAQ answer', () => {
    const question = 'What is the biggest difference between 304 and 200?';
    const answer =
      '304 communicates Not Modified, while 200 communicates OK. Choosing the right one keeps clients and intermediaries predictable.';
    const known = new Set([...words(question), ...STOP_WORDS, ...words('Not Modified'), ...words('OK')]);
    expect([...words(answer)].filter((word) => !known.has(word)).length).toBeLessThan(10);
  });

  it('never uses the seed page template sentences', () => {
    const template =
      /should communicate .* behavior|choosing the right one keeps clients and intermediaries predictable|only after fixing the underlying cause|follow redirect, then retry/i;
    for (const comparison of comparisons) {
      const text = JSON.stringify(comparison);
      expect(text, comparison.slug).not.toMatch(template);
    }
  });
});

describe('derived comparisons', () => {
  it('build the eight standard rows from any two codes, with no curated prose', () => {
    const derived = deriveComparison(findCode(418)!, findCode(599)!);
    expect(derived).toMatchObject({ slug: '418-vs-599', curated: false, intro: null, keyDifference: null, faq: [] });
    expect(derived.aspects.map((row) => row.aspect)).toHaveLength(8);
    expect(derived.aspects.every((row) => row.scope === 'code')).toBe(true);
    expect(derived.aspects[0]!.cells).toEqual([findCode(418)!.definition, findCode(599)!.definition]);
  });
});
