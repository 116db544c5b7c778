/**
 * Validates the raw dataset against the schemas and against itself (unique
 * codes, known cross-references). Every problem is reported as one line that
 * names the entry's file and the field, so a bad entry stops the build with a
 * message a contributor can act on.
 */
import type { z } from 'zod';
import {
  comparisonSchema,
  libraryConstantsSchema,
  libraryTableSchema,
  statusCodeSchema,
  type ComparisonEntry,
  type LibraryConstants,
  type StatusCodeEntry,
} from './schema.ts';
import { namingProblems } from './constant-naming.ts';

/** Thrown when the dataset is invalid; `problems` holds one line per issue. */
export class DataValidationError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The dataset is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  ${problems.join('\n  ')}`);
    this.name = 'DataValidationError';
    this.problems = problems;
  }
}

/** The dataset as the entry files hold it, before validation. */
export interface RawDataset {
  codes: readonly unknown[];
  comparisons: readonly unknown[];
  constants: Readonly<Record<number, unknown>>;
  /** The per-library tables of `constants.ts`, checked against their naming rules. */
  libraryTables?: Readonly<Record<string, unknown>>;
}

/** The dataset after validation. */
export interface ValidDataset {
  codes: StatusCodeEntry[];
  comparisons: ComparisonEntry[];
  constants: Map<number, LibraryConstants>;
}

/** "headers[0].requirement" from a Zod issue path (also used by data/numbers.ts). */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('') || '(entry)';
}

function describe(label: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${label}: field "${fieldPath(issue.path)}" ${issue.message}`);
}

/** A label for a code entry that names its file, even when `code` is itself broken. */
function codeLabel(raw: unknown, index: number): string {
  const code = (raw as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? `data/codes/${code}.ts (code ${code})` : `data/codes entry #${index + 1}`;
}

function comparisonLabel(raw: unknown, index: number): string {
  const codes = (raw as { codes?: unknown } | null)?.codes;
  return Array.isArray(codes) && codes.length === 2
    ? `data/comparisons/${codes[0]}-vs-${codes[1]}.ts`
    : `data/comparisons entry #${index + 1}`;
}

/** Validates `raw`; returns the parsed dataset or throws a `DataValidationError`. */
export function validateDataset(raw: RawDataset): ValidDataset {
  const problems: string[] = [];
  const codes: StatusCodeEntry[] = [];
  raw.codes.forEach((entry, index) => {
    const result = statusCodeSchema.safeParse(entry);
    if (result.success) codes.push(result.data);
    else problems.push(...describe(codeLabel(entry, index), result.error));
  });

  const known = new Set<number>();
  for (const entry of codes) {
    if (known.has(entry.code)) problems.push(`data/codes/${entry.code}.ts (code ${entry.code}): field "code" is defined twice`);
    known.add(entry.code);
  }
  for (const entry of codes) {
    entry.related.forEach((other, i) => {
      if (!known.has(other))
        problems.push(
          `data/codes/${entry.code}.ts (code ${entry.code}): field "related[${i}]" names ${other}, which is not in the dataset`,
        );
    });
  }

  const comparisons: ComparisonEntry[] = [];
  const pairs = new Set<string>();
  raw.comparisons.forEach((entry, index) => {
    const label = comparisonLabel(entry, index);
    const result = comparisonSchema.safeParse(entry);
    if (!result.success) {
      problems.push(...describe(label, result.error));
      return;
    }
    const [a, b] = result.data.codes;
    result.data.codes.forEach((code, i) => {
      if (!known.has(code)) problems.push(`${label}: field "codes[${i}]" names ${code}, which is not in the dataset`);
    });
    const pair = [a, b].sort((x, y) => x - y).join('/');
    if (pairs.has(pair)) problems.push(`${label}: field "codes" repeats the pair ${pair}, already compared`);
    pairs.add(pair);
    comparisons.push(result.data);
  });

  const constants = new Map<number, LibraryConstants>();
  for (const [key, value] of Object.entries(raw.constants)) {
    const code = Number(key);
    const label = `data/constants.ts (code ${key})`;
    if (!known.has(code)) problems.push(`${label}: names a code that is not in the dataset`);
    const result = libraryConstantsSchema.safeParse(value);
    if (result.success) constants.set(code, result.data);
    else problems.push(...describe(label, result.error));
  }

  const phraseOf = (code: number) => codes.find((entry) => entry.code === code)?.phrase;
  for (const [ecosystem, value] of Object.entries(raw.libraryTables ?? {})) {
    const label = `data/constants.ts (libraryTables.${ecosystem})`;
    const result = libraryTableSchema.safeParse(value);
    if (!result.success) problems.push(...describe(label, result.error));
    else problems.push(...namingProblems(result.data, phraseOf).map(({ field, message }) => `${label}: field "${field}" ${message}`));
  }

  if (problems.length > 0) throw new DataValidationError(problems);
  return { codes, comparisons, constants };
}
