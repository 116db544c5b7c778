/**
 * Every number a reader can bring, resolved once: a code of the dataset, one
 * of the pseudo-codes "0" and "000" (not status codes), a number from 100 to
 * 599 that the IANA registry leaves unassigned, or something that is not a
 * status code at all (RFC 9110 §15: "All valid status codes are within the
 * range of 100 to 599, inclusive"). Also validates the pseudo-codes and the
 * symptom table against the dataset, naming the entry at fault.
 */
import { classOf, findCode, type StatusCode } from './dataset.ts';
import { pseudoCodeEntries } from './pseudo-codes.ts';
import { pseudoCodeSchema, symptomSchema, type PseudoCode, type Symptom } from './schema.ts';
import { symptomEntries } from './symptoms.ts';
import { DataValidationError, fieldPath } from './validate.ts';
import { statusClassTitles, type PseudoCodeId, type StatusClass } from './vocabulary.ts';

/**
 * The unassigned ranges of the IANA HTTP Status Code Registry
 * (https://www.iana.org/assignments/http-status-codes, last updated 2025-09-15).
 */
export const IANA_UNASSIGNED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [105, 199],
  [209, 225],
  [227, 299],
  [309, 399],
  [419, 420],
  [427, 427],
  [430, 430],
  [432, 450],
  [452, 499],
  [509, 509],
  [512, 599],
];

/** The IANA range that holds `code`, or undefined when the registry assigns it. */
export function unassignedRange(code: number): readonly [number, number] | undefined {
  return IANA_UNASSIGNED_RANGES.find(([low, high]) => code >= low && code <= high);
}

/** "452–499", or "430" for a range of one. */
export function rangeLabel([low, high]: readonly [number, number]): string {
  return low === high ? String(low) : `${low}\u2013${high}`;
}

/** RFC 9110 §15.2–§15.6: each class's title and section (from vocabulary.ts) and its x00 code (§15). */
export const classInfo: Record<StatusClass, { title: string; section: string; x00: number }> = {
  '1xx': { ...statusClassTitles['1xx'], x00: 100 },
  '2xx': { ...statusClassTitles['2xx'], x00: 200 },
  '3xx': { ...statusClassTitles['3xx'], x00: 300 },
  '4xx': { ...statusClassTitles['4xx'], x00: 400 },
  '5xx': { ...statusClassTitles['5xx'], x00: 500 },
};

/** A number from 100 to 599 that neither the registry nor the dataset gives a meaning. */
export interface UnassignedNumber {
  code: number;
  class: StatusClass;
  /** The registry range it falls in, e.g. [452, 499]. */
  range: readonly [number, number];
  /** RFC 9110 §15: the x00 code of its class, which a client treats it as. */
  treatAs: StatusCode;
}

/** Validates pseudo-code entries; throws `DataValidationError` naming the entry and field of each problem. */
export function validatePseudoCodes(entries: readonly unknown[]): Map<PseudoCodeId, PseudoCode> {
  const problems: string[] = [];
  const byId = new Map<PseudoCodeId, PseudoCode>();
  entries.forEach((raw, index) => {
    const parsed = pseudoCodeSchema.safeParse(raw);
    const label = `data/pseudo-codes.ts (${(raw as { id?: string }).id ?? `entry #${index + 1}`})`;
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${label}: field "${fieldPath(issue.path)}" ${issue.message}`));
      return;
    }
    if (byId.has(parsed.data.id)) problems.push(`${label}: field "id" repeats an earlier entry`);
    for (const code of parsed.data.related) {
      if (!findCode(code)) problems.push(`${label}: field "related" names ${code}, which the dataset does not have`);
    }
    byId.set(parsed.data.id, parsed.data);
  });
  if (problems.length > 0) throw new DataValidationError(problems);
  return byId;
}

/** Validates symptom entries (schema, known keys, no repeats); throws `DataValidationError` naming each entry at fault. */
export function validateSymptoms(entries: readonly unknown[]): Symptom[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const valid: Symptom[] = [];
  entries.forEach((raw, index) => {
    const label = `data/symptoms.ts entry #${index + 1} ("${String((raw as { text?: unknown }).text).slice(0, 40)}")`;
    const parsed = symptomSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((issue) => `${label}: field "${fieldPath(issue.path)}" ${issue.message}`));
      return;
    }
    const { key, text } = parsed.data;
    if (typeof key === 'number' && !findCode(key)) problems.push(`${label}: field "key" names ${key}, which the dataset does not have`);
    const identity = `${key} ${text.toLowerCase()}`;
    if (seen.has(identity)) problems.push(`${label}: repeats a symptom already listed for ${key}`);
    seen.add(identity);
    valid.push(parsed.data);
  });
  if (problems.length > 0) throw new DataValidationError(problems);
  return valid;
}

const pseudoById = validatePseudoCodes(pseudoCodeEntries);

/** "Status 0" and "000", validated. */
export const pseudoCodes: readonly PseudoCode[] = [...pseudoById.values()];

/** The pseudo-code with this id, if any. */
export function findPseudoCode(id: string): PseudoCode | undefined {
  return pseudoById.get(id as PseudoCodeId);
}

/** Every symptom, validated (keys exist, no repeats). */
export const symptoms: readonly Symptom[] = validateSymptoms(symptomEntries);

const symptomsByKey = Map.groupBy(symptoms, (symptom) => String(symptom.key));

/** The symptoms of a code or pseudo-code, in table order. */
export function symptomsFor(key: number | string): readonly Symptom[] {
  return symptomsByKey.get(String(key)) ?? [];
}

function toUnassigned(code: number): UnassignedNumber {
  const range = unassignedRange(code);
  if (!range) {
    throw new DataValidationError([`data/codes: ${code} is assigned in the IANA registry but has no entry; add data/codes/${code}.ts`]);
  }
  const statusClass = classOf(code);
  return { code, class: statusClass, range, treatAs: findCode(classInfo[statusClass].x00)! };
}

/** Every number from 100 to 599 the dataset has no entry for, in order (throws if one is registered). */
export const unassignedNumbers: readonly UnassignedNumber[] = Array.from({ length: 500 }, (_, i) => 100 + i)
  .filter((code) => !findCode(code))
  .map(toUnassigned);

const unassignedByCode = new Map(unassignedNumbers.map((number) => [number.code, number]));

/** What a path segment such as "471", "0" or "abc" names. */
export type NumberLookup =
  | { kind: 'code'; status: StatusCode }
  | { kind: 'pseudo'; pseudo: PseudoCode }
  | { kind: 'unassigned'; number: UnassignedNumber }
  | { kind: 'invalid'; reason: string };

/**
 * Resolves a segment. Only the canonical spelling resolves ("404", not "0404"
 * or "404.0"), so each answer has one URL; everything else is `invalid` with a
 * reason a person can act on.
 */
export function resolveNumber(segment: string): NumberLookup {
  const pseudo = findPseudoCode(segment);
  if (pseudo) return { kind: 'pseudo', pseudo };
  if (!/^[1-5]\d\d$/.test(segment)) {
    const reason = /^-?\d+$/.test(segment)
      ? `${segment.slice(0, 12)} is not a status code: RFC 9110 §15 allows only three-digit numbers from 100 to 599.`
      : `"${segment.slice(0, 40)}" is not a number; a status code is three digits from 100 to 599.`;
    return { kind: 'invalid', reason };
  }
  const code = Number(segment);
  const status = findCode(code);
  if (status) return { kind: 'code', status };
  return { kind: 'unassigned', number: unassignedByCode.get(code)! };
}
