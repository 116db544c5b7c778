/**
 * Resolves `/comparisons/{a}-vs-{b}`: the curated comparison, a redirect from
 * its reversed slug, or a comparison derived from the two codes' data.
 */
import { comparisonSlug, deriveComparison, findCode, findComparison } from '../data/dataset.ts';
import { jsonRepresentation } from './catalog.ts';
import type { Representation } from './http/representation.ts';
import { comparisonResource } from './resources.ts';

export type ComparisonLookup =
  | { kind: 'found'; representation: Representation }
  | { kind: 'redirect'; slug: string }
  | { kind: 'unknown-code'; code: string }
  | { kind: 'malformed' };

const SLUG = /^(\d{3})-vs-(\d{3})$/;

/** Derived comparisons are computed on first request and kept: there are finitely many pairs. */
const derived = new Map<string, Representation>();

export function lookupComparison(slug: string): ComparisonLookup {
  const match = SLUG.exec(slug);
  if (!match) return { kind: 'malformed' };
  const [a, b] = [Number(match[1]), Number(match[2])];
  if (findComparison(comparisonSlug(b, a))) return { kind: 'redirect', slug: comparisonSlug(b, a) };
  const first = findCode(a);
  const second = findCode(b);
  if (!first) return { kind: 'unknown-code', code: match[1]! };
  if (!second) return { kind: 'unknown-code', code: match[2]! };
  if (a === b) return { kind: 'malformed' };
  let representation = derived.get(slug);
  if (!representation) {
    const comparison = deriveComparison(first, second);
    representation = jsonRepresentation(comparisonResource(comparison), [comparison.updated]);
    derived.set(slug, representation);
  }
  return { kind: 'found', representation };
}
