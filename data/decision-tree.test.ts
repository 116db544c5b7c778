import { describe, expect, it } from 'vitest';
import { decisionTreeProblems } from './decision-check.ts';
import { type DecisionAnswer, type DecisionQuestion, decisionTree, isAnswer } from './decision-tree.ts';

/** Every path to an answer, as its option ids. */
function answers(node: DecisionQuestion, at: string[] = []): Array<[string, DecisionAnswer]> {
  return node.options.flatMap((option) =>
    isAnswer(option.next)
      ? [[[...at, option.id].join(','), option.next] as [string, DecisionAnswer]]
      : answers(option.next, [...at, option.id]),
  );
}
const byPath = new Map(answers(decisionTree));
const answer = (path: string) => byPath.get(path)?.code;

describe('the decision tree (data/decision-tree.ts)', () => {
  it('is sound against the dataset: codes, comparisons, cited sections, ids', () => {
    expect(decisionTreeProblems(decisionTree)).toEqual([]);
  });

  it('catches an answer that is not a code, a comparison that does not exist or separates other codes, and a section RFC 9110 lacks', () => {
    const broken: DecisionQuestion = {
      question: 'Broken?',
      options: [
        { id: 'a', label: 'A', next: { code: 427, because: 'x', cite: { rfc: 9110, section: '15.5.21' }, closeCalls: [] } },
        {
          id: 'b',
          label: 'B',
          next: { code: 400, because: 'x', cite: { rfc: 9110, section: '15.5.99' }, closeCalls: [{ code: 404, comparison: '404-vs-400' }] },
        },
        {
          id: 'b',
          label: 'C',
          next: { code: 400, because: 'x', cite: { rfc: 9110, section: '15.5.1' }, closeCalls: [{ code: 404, comparison: '401-vs-403' }] },
        },
      ],
    };
    const problems = decisionTreeProblems(broken);
    expect(problems).toHaveLength(6); // the duplicate id is reported at both options
    expect(problems.join('\n')).toMatch(/a: code 427 is not in the dataset/);
    expect(problems.join('\n')).toMatch(/b: RFC 9110 has no section 15.5.99/);
    expect(problems.join('\n')).toMatch(/"404-vs-400" is not a curated comparison/);
    expect(problems.join('\n')).toMatch(/"401-vs-403" does not compare 400 with 404/);
    expect(problems.join('\n')).toMatch(/b: id is used twice/);
  });

  // Expected codes from RFC 9110 §15 and RFC 6585, section by section.
  it.each([
    ['success,created', 201], // §15.3.2 new resources created
    ['success,queued', 202], // §15.3.3 accepted, processing not completed
    ['success,no-content', 204], // §15.3.5
    ['redirect,permanent,method-may-change', 301], // §15.4.2 MAY change POST to GET
    ['redirect,permanent,method-kept', 308], // §15.4 method-preserving, permanent
    ['redirect,temporary,method-may-change', 302], // §15.4.3
    ['redirect,temporary,method-kept', 307], // §15.4.8 MUST NOT change the method
    ['redirect,temporary,see-other', 303], // §15.4.4
    ['conditional,not-modified', 304], // §15.4.5
    ['conditional,failed', 412], // §15.5.13
    ['conditional,required', 428], // RFC 6585 §3
    ['client,syntax', 400], // §15.5.1 malformed syntax
    ['client,validation', 422], // §15.5.21 syntax correct, instructions not processable
    ['client,auth,missing-credentials', 401], // §15.5.2
    ['client,auth,forbidden', 403], // §15.5.4
    ['client,auth,hide', 404], // §15.5.4 MAY respond 404 to hide
    ['client,missing,not-found', 404], // §15.5.5
    ['client,missing,gone', 410], // §15.5.11
    ['client,conflict', 409], // §15.5.10
    ['client,rate-limit', 429], // RFC 6585 §4
    ['client,size,content', 413], // §15.5.14
    ['client,size,uri', 414], // §15.5.15
    ['client,size,headers', 431], // RFC 6585 §5
    ['server,bug', 500], // §15.6.1
    ['server,upstream-down', 502], // §15.6.3
    ['server,upstream-slow', 504], // §15.6.5
    ['server,maintenance', 503], // §15.6.4
  ])('answers %s with %i', (path, code) => {
    expect(answer(path)).toBe(code);
  });

  it('cites the defining section of each answer, except where another section says it', () => {
    const sections: Record<number, string> = { 201: '15.3.2', 307: '15.4.8', 422: '15.5.21', 504: '15.6.5', 429: '4' };
    for (const [, node] of byPath) if (sections[node.code]) expect(node.cite.section, String(node.code)).toBe(sections[node.code]);
    // 404 for a hidden forbidden resource is permitted by 403's section.
    expect(byPath.get('client,auth,hide')!.cite.section).toBe('15.5.4');
  });
});
