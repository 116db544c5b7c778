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
import type { ComparisonEntry, LibraryConstants, StatusCodeEntry } from './schema.ts';
import { validateDataset } from './validate.ts';
import { aspectCell, standardAspects } from './aspects.ts';
import { retryRulesAllowingRepeat, statusClasses, type StatusClass } from './vocabulary.ts';

/** Site URLs of a code's pages (contract: `links`). */
export interface CodeLinks {
  reference: string;
  guide: string | null;
}

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

/** One row of a comparison's aspect table. */
export interface AspectRow {
  aspect: string;
  cells: [string, string];
}

/** A comparison of two codes, curated or derived from their data. */
export interface Comparison {
  slug: string;
  codes: [number, number];
  curated: boolean;
  title: string;
  theme: ComparisonEntry['theme'] | null;
  intro: string | null;
  aspects: AspectRow[];
  keyDifference: string | null;
  decisionRule: string | null;
  commonMistake: string | null;
  faq: ComparisonEntry['faq'];
  updated: string;
  links: { self: string; page: string | null; codes: [CodeLinks, CodeLinks] };
}

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

/** "304-vs-200", in the order given. */
export function comparisonSlug(a: number, b: number): string {
  return `${a}-vs-${b}`;
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

function standardRows(a: StatusCode, b: StatusCode): AspectRow[] {
  return standardAspects.map(([aspect, field]) => ({ aspect, cells: [aspectCell(a, field), aspectCell(b, field)] }));
}

/** The latest of ISO dates ("YYYY-MM-DD" sorts as text). */
function latestDate(...dates: string[]): string {
  return [...dates].sort().at(-1)!;
}

function title(a: StatusCode, b: StatusCode): string {
  return `${a.code} vs ${b.code}: ${a.phrase} vs ${b.phrase}`;
}

function toComparison(entry: ComparisonEntry): Comparison {
  const [a, b] = entry.codes.map((code) => byNumber.get(code)!) as [StatusCode, StatusCode];
  const slug = comparisonSlug(a.code, b.code);
  return {
    slug,
    codes: [a.code, b.code],
    curated: true,
    title: title(a, b),
    theme: entry.theme,
    intro: entry.intro,
    aspects: [...standardRows(a, b), ...entry.pairAspects],
    keyDifference: entry.keyDifference,
    decisionRule: entry.decisionRule,
    commonMistake: entry.commonMistake,
    faq: entry.faq,
    // The table repeats both codes' fields, so a change to either changes the comparison.
    updated: latestDate(entry.updated, a.updated, b.updated),
    links: { self: `/api/v1/comparisons/${slug}`, page: `/compare/${slug}/`, codes: [a.links, b.links] },
  };
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
  const slug = comparisonSlug(a.code, b.code);
  return {
    slug,
    codes: [a.code, b.code],
    curated: false,
    title: title(a, b),
    theme: null,
    intro: null,
    aspects: standardRows(a, b),
    keyDifference: null,
    decisionRule: null,
    commonMistake: null,
    faq: [],
    updated: latestDate(a.updated, b.updated),
    links: { self: `/api/v1/comparisons/${slug}`, page: null, codes: [a.links, b.links] },
  };
}
