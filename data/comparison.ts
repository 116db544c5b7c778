/**
 * Builds a `Comparison` (data/schema.ts) from two codes and, for a curated
 * pair, its entry: the one builder behind the curated pages, the derived
 * pages, the API and the browser view. Free of the dataset itself, so the
 * browser can run it on the static JSON export.
 */
import { API_BASE } from '../api/endpoints.ts';
import { aspectCell, standardAspects } from './aspects.ts';
import { type ComparableCode, differencesOf } from './differences.ts';
import type { AspectRow, CodeLinks, Comparison, ComparisonEntry } from './schema.ts';

/** A code with the site links of its pages. */
export type LinkedCode = ComparableCode & { links: CodeLinks };

/** "304-vs-200", in the order given. */
export function comparisonSlug(a: number, b: number): string {
  return `${a}-vs-${b}`;
}

/** The page of any pair (curated, or derived from the codes' data). */
export function comparisonPage(a: number, b: number): string {
  return `/compare/${comparisonSlug(a, b)}/`;
}

/** "400 vs 404: Bad Request vs Not Found". */
export function comparisonTitle(a: ComparableCode, b: ComparableCode): string {
  return `${a.code} vs ${b.code}: ${a.phrase} vs ${b.phrase}`;
}

/** The latest of ISO dates ("YYYY-MM-DD" sorts as text). */
function latestDate(...dates: string[]): string {
  return [...dates].sort().at(-1)!;
}

/** The pair's own rows first (curated only), then each code's own fields. */
function aspectRows(a: ComparableCode, b: ComparableCode, entry: ComparisonEntry | null): AspectRow[] {
  const pairRows = (entry?.pairAspects ?? []).map((row): AspectRow => ({ ...row, scope: 'pair' }));
  const codeRows = standardAspects.map(
    ([aspect, field]): AspectRow => ({
      aspect,
      cells: [aspectCell(a, field), aspectCell(b, field)],
      scope: 'code',
    }),
  );
  return [...pairRows, ...codeRows];
}

/**
 * The comparison of `a` and `b`: curated when `entry` is given, else derived
 * from the two codes' own fields, with no prose invented (the curated-only
 * parts are null or empty).
 */
export function buildComparison(a: LinkedCode, b: LinkedCode, entry: ComparisonEntry | null): Comparison {
  const slug = comparisonSlug(a.code, b.code);
  return {
    slug,
    codes: [a.code, b.code],
    curated: entry !== null,
    title: comparisonTitle(a, b),
    theme: entry?.theme ?? null,
    intro: entry?.intro ?? null,
    differences: differencesOf(a, b),
    aspects: aspectRows(a, b, entry),
    keyDifference: entry?.keyDifference ?? null,
    decisionRule: entry?.decisionRule ?? null,
    commonMistake: entry?.commonMistake ?? null,
    faq: entry?.faq ?? [],
    // The table repeats both codes' fields, so a change to either changes the comparison.
    updated: latestDate(...(entry ? [entry.updated] : []), a.updated, b.updated),
    links: {
      self: `${API_BASE}/comparisons/${slug}`,
      page: comparisonPage(a.code, b.code),
      codes: [
        { reference: a.links.reference, guide: a.links.guide },
        { reference: b.links.reference, guide: b.links.guide },
      ],
    },
  };
}
