/**
 * The validated dataset and the values derived from it (class, links, guide
 * slugs, comparison tables). The site and the API import this module and
 * nothing below it, so both render the same facts.
 */
import { codeEntries } from './codes/index.ts';
import { comparisonEntries } from './comparisons/index.ts';
import { libraryConstants, libraryTables } from './constants.ts';
import { codesWithGuides } from './guides.ts';
import { comparisonDemand } from './demand.ts';
import type { CodeLinks, Comparison, ComparisonEntry, LibraryConstants, StatusCodeEntry } from './schema.ts';
import { buildComparison } from './comparison.ts';
import { validateDataset } from './validate.ts';
import { retryRulesAllowingRepeat, statusClasses, type StatusClass } from './vocabulary.ts';

/** The retry rule of a code plus the derived yes/no of the contract (`retry.safe`). */
export type RetryAdvice = StatusCodeEntry['retry'] & {
  /** True when the rule lets the unchanged request be sent again (`retryRulesAllowingRepeat`). */
  safe: boolean;
};

/** A status code with every derived field filled in. */
export interface StatusCode extends Omit<StatusCodeEntry, 'retry'> {
  class: StatusClass;
  retry: RetryAdvice;
  constants: LibraryConstants['names'];
  formerConstants: NonNullable<LibraryConstants['former']>;
  links: CodeLinks;
}

export type { AspectRow, CodeLinks, Comparison } from './schema.ts';
export { comparisonPage, comparisonSlug } from './comparison.ts';

/** RFC 9110 §15: "The first digit of the status-code defines the class of response." */
export function classOf(code: number): StatusClass {
  return statusClasses[Math.floor(code / 100) - 1]!;
}

/** "Not Modified" → "not-modified"; "(Unused)" → "unused". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The path segment of a code's guide: "304-not-modified". */
export function guideSlug(entry: Pick<StatusCodeEntry, 'code' | 'phrase'>): string {
  return `${entry.code}-${slugify(entry.phrase)}`;
}

const valid = validateDataset({ codes: codeEntries, comparisons: comparisonEntries, constants: libraryConstants, libraryTables });

function toStatusCode(entry: StatusCodeEntry): StatusCode {
  const library = valid.constants.get(entry.code);
  return {
    ...entry,
    class: classOf(entry.code),
    retry: { ...entry.retry, safe: retryRulesAllowingRepeat.has(entry.retry.rule) },
    constants: library?.names ?? {},
    formerConstants: library?.former ?? [],
    links: {
      reference: `/codes/${entry.code}/`,
      guide: codesWithGuides.has(entry.code) ? `/guides/${guideSlug(entry)}/` : null,
    },
  };
}

/** The per-library constant tables (prefix, version, naming rule, exceptions), for pages that explain a name. */
export { libraryTables };

/** Every code, in numeric order. */
export const statusCodes: readonly StatusCode[] = valid.codes.map(toStatusCode).sort((x, y) => x.code - y.code);

const byNumber = new Map(statusCodes.map((status) => [status.code, status]));

/** The code `code`, or undefined when the dataset does not have it. */
export function findCode(code: number): StatusCode | undefined {
  return byNumber.get(code);
}

function toComparison(entry: ComparisonEntry): Comparison {
  const [a, b] = entry.codes.map((code) => byNumber.get(code)!) as [StatusCode, StatusCode];
  return buildComparison(a, b, entry);
}

/** Every curated comparison, in the order of `data/comparisons/index.ts`. */
export const comparisons: readonly Comparison[] = valid.comparisons.map(toComparison);

const bySlug = new Map(comparisons.map((comparison) => [comparison.slug, comparison]));

/** The curated comparison with this slug, if any. */
export function findComparison(slug: string): Comparison | undefined {
  return bySlug.get(slug);
}

/**
 * The curated comparisons in the order of `demand.ts`, most looked up first;
 * a slug there that is not a curated comparison, or appears twice, stops the build.
 */
export const comparisonsByDemand: readonly Comparison[] = comparisonDemand.map((slug, index) => {
  const comparison = bySlug.get(slug);
  if (!comparison) throw new Error(`data/demand.ts: "${slug}" is not a curated comparison (data/comparisons/index.ts)`);
  if (comparisonDemand.indexOf(slug) !== index) throw new Error(`data/demand.ts: "${slug}" is ranked twice`);
  return comparison;
});

/**
 * A comparison built only from the two codes' own fields, for pairs nobody
 * curated: no prose is invented, so the curated-only parts are null.
 */
export function deriveComparison(a: StatusCode, b: StatusCode): Comparison {
  return buildComparison(a, b, null);
}
