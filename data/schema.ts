/**
 * Runtime schemas of the dataset (Zod 4). The TypeScript types of the data are
 * inferred from these schemas, so the types and the build-time validation can
 * never disagree. Vocabularies come from `vocabulary.ts`.
 */
import { z } from 'zod';
import {
  comparisonThemes,
  ecosystems,
  namingRuleNames,
  pseudoCodeIds,
  registrationStatuses,
  requirementLevels,
  retryRules,
  symptomKinds,
} from './vocabulary.ts';

/**
 * Byte sequences that only appear when UTF-8 was decoded as another charset
 * (the seed page shows "โ" for an em dash), plus the replacement character.
 */
const MOJIBAKE = /[\u0E00-\u0E7F\uFFFD]|Ã.|â€/u;

/** A sentence of prose: trimmed, not empty, free of mojibake. */
const prose = z
  .string()
  .trim()
  .min(12, 'is too short to say anything specific')
  .refine((text) => !MOJIBAKE.test(text), 'contains mojibake (UTF-8 decoded as another charset)');

const isoDate = z.iso.date();

/** A citation of the defining document; see `sources.ts`. */
export const specCitationSchema = z.strictObject({
  document: z.string().min(3),
  section: z.string(),
  url: z.url({ protocol: /^https$/ }),
});

/** A response header field that a status code calls for. */
export const headerRequirementSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'is not a field name'),
  requirement: z.enum(requirementLevels),
  /** Where the requirement is stated, e.g. "RFC 9110 §15.5.6". */
  section: z.string().regex(/^RFC \d+ §\d+(\.\d+)*$/, 'must read like "RFC 9110 §15.5.6"'),
  url: z.url(),
  note: prose,
});

/** A constant's earlier name in one ecosystem, and when it changed. */
export const formerConstantSchema = z.strictObject({
  ecosystem: z.enum(ecosystems),
  name: z.string().min(2),
  note: prose,
});

/** The constants of one code across ecosystems, kept in `constants.ts`. */
export const libraryConstantsSchema = z.strictObject({
  names: z.partialRecord(z.enum(ecosystems), z.string().min(2)),
  former: z.array(formerConstantSchema).optional(),
});
export type LibraryConstants = z.output<typeof libraryConstantsSchema>;

const codeKey = z.string().regex(/^[1-5]\d\d$/, 'is not a status code');
const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'is not an identifier');

/** Why a library's name departs from its naming rule: an older phrase the rule applies to, or an irregular spelling. */
export const constantExceptionSchema = z.strictObject({
  /** The phrase the name follows instead of the registry's current one ("Request Entity Too Large"). */
  phrase: z.string().min(2).optional(),
  note: prose,
});

/** One library's constants, written once (`constants.ts`): prefix, version, naming rule, names and exceptions. */
export const libraryTableSchema = z.strictObject({
  library: z.string().min(3),
  /** The library version the names were checked against. */
  version: z.string().min(1),
  source: z.url({ protocol: /^https$/ }),
  prefix: z.string(),
  rule: z.enum(namingRuleNames),
  /** Text the library puts before every rule-made name: "Status" (Go), "HTTP_" (Symfony). */
  stem: z.string(),
  names: z.record(codeKey, identifier),
  exceptions: z.record(codeKey, constantExceptionSchema),
  former: z.array(z.strictObject({ code: z.int().min(100).max(599), name: identifier, note: prose })).optional(),
});
export type LibraryTableInput = z.input<typeof libraryTableSchema>;

/** Another vendor's different use of the same number, sourced to that vendor's own documentation. */
export const otherUseSchema = z.strictObject({
  vendor: z.string().min(2),
  meaning: prose,
  source: z.url({ protocol: /^https$/ }),
});

/**
 * A name a code is known by that no registry or RFC of HTTP ever gave it
 * ("Switch Proxy" for 306, "I'm a teapot" for 418), with where it comes from.
 * `formerPhrases` keeps only phrases the registry or an HTTP RFC once used.
 */
export const alsoKnownAsSchema = z.strictObject({
  phrase: z.string().min(2),
  note: prose,
  source: z.url({ protocol: /^https$/ }),
});

/**
 * Whether and how a client repeats the request. The rule decides the label
 * shown to readers and the API's derived `safe`; the advice must agree with it.
 */
export const retrySchema = z
  .strictObject({
    rule: z.enum(retryRules),
    /** The response's Retry-After, when present, tells the client how long to wait. */
    retryAfter: z.boolean().default(false),
    /** Repeated attempts should wait longer each time (exponential backoff). */
    backoff: z.boolean().default(false),
    advice: prose,
  })
  .superRefine((retry, ctx) => {
    const problem = retryAdviceProblem(retry);
    if (problem) ctx.addIssue({ code: 'custom', path: ['advice'], message: problem });
  });

/** Why `advice` contradicts `rule` (or the rule contradicts `retryAfter`), or null when they agree. */
export function retryAdviceProblem(retry: { rule: string; retryAfter?: boolean | undefined; advice: string }): string | null {
  const startsYes = /^yes\b/i.test(retry.advice);
  if ((retry.rule === 'never-unchanged' || retry.rule === 'not-needed' || retry.rule === 'follow-location') && startsYes)
    return `starts with "Yes" although rule "${retry.rule}" says the unchanged request is not repeated`;
  if (/^no\b/i.test(retry.advice) && retry.rule !== 'never-unchanged' && retry.rule !== 'not-needed')
    return `starts with "No" although rule "${retry.rule}" allows repeating the request`;
  if (retry.rule === 'idempotent-only' && !/idempotent/i.test(retry.advice))
    return 'must say which requests may be repeated (idempotent ones) under rule "idempotent-only"';
  if (retry.rule === 'after-retry-after' && (!retry.retryAfter || !/Retry-After/.test(retry.advice)))
    return 'must name Retry-After, and set retryAfter, under rule "after-retry-after"';
  if (retry.rule === 'once-automatically' && !/§/.test(retry.advice))
    return 'must cite the section that tells the client to repeat the request under rule "once-automatically"';
  return null;
}

/** The fields of a status-code entry, before cross-field rules (reused by the API's resource schema). */
export const statusCodeShape = z.strictObject({
  code: z.int().min(100).max(599),
  phrase: z.string().min(2),
  /** Phrases the IANA registry or an HTTP RFC once gave this code. */
  formerPhrases: z.array(z.string().min(2)),
  alsoKnownAs: z.array(alsoKnownAsSchema).default([]),
  status: z.enum(registrationStatuses),
  vendor: z.string().min(2).optional(),
  otherUses: z.array(otherUseSchema).optional(),
  spec: specCitationSchema,
  summary: prose,
  definition: prose,
  whenToUse: prose,
  clientBehavior: prose,
  cachingBehavior: prose,
  seoImpact: prose,
  apiImpact: prose,
  heuristicallyCacheable: z.boolean(),
  /** RFC 6585 §3-§6: "MUST NOT be stored by a cache". */
  mustNotBeStored: z.boolean().default(false),
  contentAllowed: z.boolean(),
  headers: z.array(headerRequirementSchema),
  retry: retrySchema,
  scenarios: z.array(prose).min(2),
  mistakes: z.array(prose).min(1),
  related: z.array(z.int().min(100).max(599)),
  /** The day this entry's content last changed; becomes Last-Modified. */
  updated: isoDate,
});

/** One status code as written in `data/codes/NNN.ts`. */
export const statusCodeSchema = statusCodeShape.superRefine((entry, ctx) => {
  const unofficial = entry.status === 'unofficial';
  if (unofficial && !entry.vendor) {
    ctx.addIssue({ code: 'custom', path: ['vendor'], message: 'is required when status is "unofficial"' });
  }
  if (!unofficial && entry.vendor !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['vendor'], message: 'is only allowed when status is "unofficial"' });
  }
  // RFC 9110 §15.2: a 1xx response "cannot contain content or trailers".
  if (entry.code < 200 && entry.contentAllowed) {
    ctx.addIssue({ code: 'custom', path: ['contentAllowed'], message: 'must be false for a 1xx code (RFC 9110 §15.2)' });
  }
  // formerPhrases holds only phrases the IANA registry or an HTTP RFC gave the code; an unregistered code has none.
  if (unofficial && entry.formerPhrases.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['formerPhrases'],
      message: 'must be empty for an unofficial code: put its names in alsoKnownAs',
    });
  }
  if (entry.related.includes(entry.code)) {
    ctx.addIssue({ code: 'custom', path: ['related'], message: 'must not list the code itself' });
  }
  if (entry.spec.document.startsWith('RFC ') && !entry.spec.url.includes('rfc-editor.org')) {
    ctx.addIssue({ code: 'custom', path: ['spec', 'url'], message: 'must link the RFC Editor copy of the cited RFC' });
  }
});

/** A row of a comparison's aspect table that only this pair needs. */
export const pairAspectSchema = z.strictObject({
  aspect: z.string().min(3),
  cells: z.tuple([prose, prose]),
});

/** A question and an answer that adds a fact (not a restatement). */
export const faqItemSchema = z
  .strictObject({ question: prose, answer: prose })
  .refine((item) => item.answer.length > item.question.length, {
    message: 'answer must say more than the question',
    path: ['answer'],
  });

/** The fields of a curated comparison (reused by the API's resource schema). */
export const comparisonShape = z.strictObject({
  codes: z.tuple([z.int().min(100).max(599), z.int().min(100).max(599)]),
  theme: z.enum(comparisonThemes),
  intro: prose,
  pairAspects: z.array(pairAspectSchema),
  keyDifference: prose,
  decisionRule: prose,
  commonMistake: prose,
  faq: z.array(faqItemSchema).min(3),
  updated: isoDate,
});

/** One curated comparison as written in `data/comparisons/A-vs-B.ts`. */
export const comparisonSchema = comparisonShape.refine((comparison) => comparison.codes[0] !== comparison.codes[1], {
  message: 'must compare two different codes',
  path: ['codes'],
});

/** What a code file holds (before defaults are applied). */
export type StatusCodeInput = z.input<typeof statusCodeSchema>;
/** A validated code entry. */
export type StatusCodeEntry = z.output<typeof statusCodeSchema>;
/** What a comparison file holds. */
export type ComparisonInput = z.input<typeof comparisonSchema>;
/** A validated comparison entry. */
export type ComparisonEntry = z.output<typeof comparisonSchema>;
export type HeaderRequirement = z.output<typeof headerRequirementSchema>;

/** A link to the document that states a fact, with the words a reader sees on the link. */
export const sourceLinkSchema = z.strictObject({
  title: z.string().min(3),
  url: z.url({ protocol: /^https$/ }),
});

/**
 * Text people meet before they know the status code: a browser error, a log
 * line, an exception name, a configuration directive. `text` is exactly what
 * the product prints or names, checked against `source` (its documentation or
 * its source code); `key` is the code (or pseudo-code "0"/"000") it points to.
 */
export const symptomSchema = z.strictObject({
  key: z.union([z.int().min(100).max(599), z.enum(pseudoCodeIds)]),
  text: z.string().trim().min(3).max(200),
  kind: z.enum(symptomKinds),
  /** Who prints it: "nginx", "Chromium", "curl", "Laravel". */
  product: z.string().min(2),
  /** Where the text is documented or appears in the product's source. */
  source: z.url({ protocol: /^https$/ }),
});

/** One cause of a pseudo-code, with the document that says the cause yields it. */
export const pseudoCauseSchema = z.strictObject({
  cause: z.string().min(3),
  explanation: prose,
  source: sourceLinkSchema,
});

/** One place to look for the real cause, and what to look for there. */
export const diagnosisStepSchema = z.strictObject({
  where: z.string().min(3),
  look: prose,
  source: sourceLinkSchema.optional(),
});

/**
 * A number that tools print in place of a status code although no HTTP
 * response carries it ("status 0" in browsers, "000" from curl). Not a status
 * code: RFC 9110 §15 allows only 100 to 599.
 */
export const pseudoCodeSchema = z.strictObject({
  id: z.enum(pseudoCodeIds),
  title: z.string().min(5),
  summary: prose,
  /** Why the number appears, citing the specification or manual that produces it. */
  origin: prose,
  originSource: sourceLinkSchema,
  causes: z.array(pseudoCauseSchema).min(3),
  diagnosis: z.array(diagnosisStepSchema).min(2),
  related: z.array(z.int().min(100).max(599)),
  updated: isoDate,
});

export type SymptomInput = z.input<typeof symptomSchema>;
export type Symptom = z.output<typeof symptomSchema>;
export type PseudoCodeInput = z.input<typeof pseudoCodeSchema>;
export type PseudoCode = z.output<typeof pseudoCodeSchema>;
