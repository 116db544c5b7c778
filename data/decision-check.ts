/**
 * Validation of the decision tree (`decision-tree.ts`) against the dataset:
 * every answer is a code of the dataset, every close call a curated comparison
 * of the answer's code and the other code, every cited section one the RFC has
 * (`rfc-sections.ts`), and option ids are path segments unique among siblings.
 */
import { findCode, findComparison } from './dataset.ts';
import { type DecisionQuestion, isAnswer } from './decision-tree.ts';
import { rfcSections } from './rfc-sections.ts';

const SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every problem of the tree, each naming its path; empty when the tree is sound. */
export function decisionTreeProblems(tree: DecisionQuestion, at: string[] = []): string[] {
  const where = (id: string) => `data/decision-tree.ts: ${[...at, id].join(',')}`;
  const problems: string[] = [];
  const ids = tree.options.map((option) => option.id);
  if (tree.options.length < 2) problems.push(`${where('')}: a question needs at least two options`);
  for (const option of tree.options) {
    if (!SEGMENT.test(option.id)) problems.push(`${where(option.id)}: id is not a lowercase-hyphenated path segment`);
    if (ids.indexOf(option.id) !== ids.lastIndexOf(option.id)) problems.push(`${where(option.id)}: id is used twice under one question`);
    const node = option.next;
    if (!isAnswer(node)) {
      problems.push(...decisionTreeProblems(node, [...at, option.id]));
      continue;
    }
    if (!findCode(node.code)) problems.push(`${where(option.id)}: code ${node.code} is not in the dataset`);
    if (!rfcSections[node.cite.rfc]?.includes(node.cite.section)) {
      problems.push(`${where(option.id)}: RFC ${node.cite.rfc} has no section ${node.cite.section}`);
    }
    for (const close of node.closeCalls) {
      const comparison = findComparison(close.comparison);
      if (!comparison) problems.push(`${where(option.id)}: "${close.comparison}" is not a curated comparison`);
      else if (!(comparison.codes.includes(node.code) && comparison.codes.includes(close.code))) {
        problems.push(`${where(option.id)}: "${close.comparison}" does not compare ${node.code} with ${close.code}`);
      }
    }
  }
  return problems;
}
