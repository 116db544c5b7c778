/**
 * "Differences at a glance": every compared field in which two codes differ,
 * each stated as a difference built from the two codes' own data (nothing is
 * written here about any particular code). Free of the dataset itself, so the
 * browser script of a pair page can run it on the static JSON export.
 */
import type { Difference, StatusCodeEntry } from './schema.ts';
import { type DifferenceField, type RegistrationStatus, retryRuleLabels, type StatusClass, statusClassTitles } from './vocabulary.ts';

/** The fields of a code that a comparison reads (a code of the dataset, or the API's code resource). */
export type ComparableCode = Pick<
  StatusCodeEntry,
  | 'code'
  | 'phrase'
  | 'status'
  | 'vendor'
  | 'spec'
  | 'heuristicallyCacheable'
  | 'mustNotBeStored'
  | 'contentAllowed'
  | 'headers'
  | 'retry'
  | 'updated'
  | 'definition'
  | 'summary'
  | 'whenToUse'
  | 'clientBehavior'
  | 'cachingBehavior'
  | 'seoImpact'
  | 'apiImpact'
  | 'scenarios'
> & { class: StatusClass };

/** How the IANA registry lists a code (its registration status), as a predicate. */
const REGISTRATION: Record<RegistrationStatus, string> = {
  standard: 'is registered with IANA',
  temporary: 'is registered with IANA temporarily',
  unused: 'is registered with IANA as unused',
  deprecated: 'is registered with IANA but deprecated',
  obsoleted: 'is registered with IANA but obsoleted',
  unofficial: 'is not registered with IANA (unofficial)',
};

/** "RFC 9110 §15.5.5", or the document's title alone when it has no numbered sections. */
export function citation(spec: ComparableCode['spec']): string {
  return spec.section ? `${spec.document} §${spec.section}` : spec.document;
}

function headerList(status: ComparableCode): string {
  return status.headers.length ? status.headers.map((field) => `${field.name} (${field.requirement})`).join(', ') : 'none';
}

/** A yes/no property: "404 is heuristically cacheable; 400 is not." */
function either(a: ComparableCode, b: ComparableCode, holds: (status: ComparableCode) => boolean, yes: string, no: string) {
  const [first, second] = holds(a) ? [a, b] : [b, a];
  return `${first.code} ${yes}; ${second.code} ${no}.`;
}

type Rule = (a: ComparableCode, b: ComparableCode) => Omit<Difference, 'field'> | null;

/** One rule per field of `differenceFields`: null when the two codes agree. */
const RULES: Record<DifferenceField, Rule> = {
  class: (a, b) => {
    if (a.class === b.class) return null;
    const name = (status: ComparableCode) =>
      `${status.class} (${statusClassTitles[status.class].title}, RFC 9110 §${statusClassTitles[status.class].section})`;
    return { statement: `${a.code} is in class ${name(a)}; ${b.code} is in class ${name(b)}.`, values: [a.class, b.class] };
  },
  registration: (a, b) =>
    a.status === b.status
      ? null
      : { statement: `${a.code} ${REGISTRATION[a.status]}; ${b.code} ${REGISTRATION[b.status]}.`, values: [a.status, b.status] },
  vendor: (a, b) => {
    if (a.vendor === b.vendor) return null;
    const who = (status: ComparableCode) => (status.vendor ? `is used by ${status.vendor}` : 'is not tied to one vendor');
    return { statement: `${a.code} ${who(a)}; ${b.code} ${who(b)}.`, values: [a.vendor ?? 'none', b.vendor ?? 'none'] };
  },
  heuristicallyCacheable: (a, b) =>
    a.heuristicallyCacheable === b.heuristicallyCacheable
      ? null
      : {
          statement: either(a, b, (s) => s.heuristicallyCacheable, 'is heuristically cacheable (RFC 9110 §15.1)', 'is not'),
          values: [String(a.heuristicallyCacheable), String(b.heuristicallyCacheable)],
        },
  mustNotBeStored: (a, b) => {
    if (a.mustNotBeStored === b.mustNotBeStored) return null;
    const barred = a.mustNotBeStored ? a : b;
    return {
      statement: either(a, b, (s) => s.mustNotBeStored, `must not be stored by a cache (${citation(barred.spec)})`, 'has no such rule'),
      values: [String(a.mustNotBeStored), String(b.mustNotBeStored)],
    };
  },
  contentAllowed: (a, b) =>
    a.contentAllowed === b.contentAllowed
      ? null
      : {
          statement: either(a, b, (s) => s.contentAllowed, 'can carry content', 'never carries content'),
          values: [String(a.contentAllowed), String(b.contentAllowed)],
        },
  headers: (a, b) => {
    const [first, second] = [headerList(a), headerList(b)];
    if (first === second) return null;
    return { statement: `Header fields ${a.code} calls for: ${first}; ${b.code}: ${second}.`, values: [first, second] };
  },
  retry: (a, b) =>
    a.retry.rule === b.retry.rule
      ? null
      : {
          statement: `Retrying ${a.code}: ${retryRuleLabels[a.retry.rule]}; ${b.code}: ${retryRuleLabels[b.retry.rule]}.`,
          values: [a.retry.rule, b.retry.rule],
        },
  document: (a, b) =>
    a.spec.document === b.spec.document
      ? null
      : {
          statement: `${a.code} is defined in ${citation(a.spec)}; ${b.code} in ${citation(b.spec)}.`,
          values: [citation(a.spec), citation(b.spec)],
        },
};

/** Every field of `differenceFields` in which `a` and `b` differ, in that order. */
export function differencesOf(a: ComparableCode, b: ComparableCode): Difference[] {
  return (Object.keys(RULES) as DifferenceField[]).flatMap((field) => {
    const found = RULES[field](a, b);
    return found ? [{ field, ...found }] : [];
  });
}
