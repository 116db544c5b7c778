/**
 * Zod schemas of the API's resources, built from the dataset's own schemas
 * (data/schema.ts) plus the derived fields, so the OpenAPI document describes
 * exactly what the data validates.
 */
import { z } from 'zod';
import {
  faqItemSchema,
  libraryConstantsSchema,
  pseudoCodeSchema,
  retrySchema,
  specCitationSchema,
  statusCodeShape,
  symptomSchema,
} from '../data/schema.ts';
import { comparisonThemes, statusClasses } from '../data/vocabulary.ts';

const codeLinks = z.object({
  self: z.string().describe('This resource.'),
  reference: z.string().describe('The reference page on the site.'),
  guide: z.string().nullable().describe('The long-form guide, or null while none is written.'),
});

/** `retry` as served: the data's rule plus the derived yes/no the contract has always carried. */
const retryResourceSchema = z.object({
  safe: z.boolean().describe('True when the rule lets the unchanged request be sent again.'),
  rule: retrySchema.shape.rule,
  retryAfter: z.boolean().describe('Retry-After, when the response carries it, says how long to wait.'),
  backoff: z.boolean().describe('Repeated attempts should wait longer each time.'),
  advice: z.string(),
});
/** A symptom under the code it points to (data/symptoms.ts without the key). */
export const symptomViewSchema = symptomSchema
  .omit({ key: true })
  .describe('Text people meet before they know the code, with where it is documented.');

export const codeResourceSchema = statusCodeShape
  .extend({
    kind: z.literal('status-code'),
    class: z.enum(statusClasses),
    retry: retryResourceSchema,
    symptoms: z.array(symptomViewSchema),
    mustNotBeStored: z.boolean(),
    constants: libraryConstantsSchema.shape.names,
    formerConstants: z.array(libraryConstantsSchema.shape.former.unwrap().element),
    links: codeLinks,
  })
  .describe('One HTTP status code.');

/** `/api/v1/codes/0` and `/api/v1/codes/000`. */
export const pseudoCodeResourceSchema = pseudoCodeSchema
  .extend({
    kind: z.literal('not-a-status-code'),
    symptoms: z.array(symptomViewSchema),
    links: z.object({ self: z.string(), reference: z.string() }),
  })
  .describe('"Status 0" or "000": a number tools print when no HTTP response arrived. Not an HTTP status code.');

/** `/api/v1/codes/{n}` for a number from 100 to 599 that the registry leaves unassigned. */
export const unassignedResourceSchema = z
  .object({
    kind: z.literal('unassigned'),
    code: z.int().min(100).max(599),
    class: z.enum(statusClasses),
    status: z.literal('unassigned'),
    registry: z.object({ unassignedRange: z.string(), url: z.url() }),
    treatAs: z.int().describe('The x00 code of the class, which a client that does not recognize the code treats it as (RFC 9110 §15).'),
    summary: z.string(),
    clientBehavior: z.string(),
    cachingBehavior: z.string(),
    advice: z.string(),
    spec: z.array(specCitationSchema),
    links: z.object({ self: z.string(), reference: z.string(), treatAs: z.string() }),
  })
  .describe('A number from 100 to 599 that no registry entry or known vendor use defines.');

const aspectRow = z.object({ aspect: z.string(), cells: z.tuple([z.string(), z.string()]) });

export const comparisonResourceSchema = z
  .object({
    slug: z.string(),
    codes: z.tuple([z.int(), z.int()]),
    curated: z.boolean().describe('false for a comparison derived from the two codes\u2019 data alone.'),
    title: z.string(),
    theme: z.enum(comparisonThemes).nullable(),
    intro: z.string().nullable(),
    aspects: z.array(aspectRow),
    keyDifference: z.string().nullable(),
    decisionRule: z.string().nullable(),
    commonMistake: z.string().nullable(),
    faq: z.array(faqItemSchema).describe('Empty for a derived comparison.'),
    updated: z.string(),
    links: z.object({
      self: z.string(),
      page: z.string().nullable(),
      codes: z.tuple([codeLinks.omit({ self: true }), codeLinks.omit({ self: true })]),
    }),
  })
  .describe('Two codes side by side.');

const codeSummary = z.object({
  code: z.int(),
  phrase: z.string(),
  status: statusCodeShape.shape.status,
  vendor: z.string().optional(),
  summary: z.string(),
  links: z.object({ self: z.string(), reference: z.string() }),
});

export const classResourceSchema = z.object({
  class: z.enum(statusClasses),
  title: z.string(),
  spec: specCitationSchema,
  count: z.int(),
  codes: z.array(codeSummary),
  links: z.object({ self: z.string(), page: z.string() }),
});

export const codeListSchema = z.object({ count: z.int(), codes: z.array(codeResourceSchema) });
export const comparisonListSchema = z.object({ count: z.int(), comparisons: z.array(comparisonResourceSchema) });
export const classListSchema = z.object({ count: z.int(), classes: z.array(classResourceSchema) });
export const indexSchema = z.object({
  name: z.string(),
  version: z.string(),
  resources: z.array(z.object({ href: z.string(), description: z.string() })),
  links: z.record(z.string(), z.string()),
});

/** RFC 9457 §3.1. */
export const problemSchema = z
  .object({ type: z.string(), title: z.string(), status: z.int(), detail: z.string(), instance: z.string().optional() })
  .describe('An RFC 9457 problem document (application/problem+json).');

export const respondBodySchema = z.object({
  code: z.int(),
  phrase: z.string(),
  /** httpstat.us's member name for the phrase, kept for clients moving over. */
  description: z.string(),
  summary: z.string(),
  reference: z.string(),
});
/** What /api/v1/echo reports (member names as httpbin's /anything). */
export const echoReportSchema = z.object({
  method: z.string(),
  url: z.string(),
  args: z.record(z.string(), z.string()),
  headers: z.record(z.string(), z.string()),
  data: z.string().describe('The content as UTF-8 text, or a base64 data URL when it is not text.'),
  json: z.unknown().describe('The content parsed as JSON, or null.'),
  length: z.int().describe('Bytes of content received.'),
});

/** The dataset bundle's format version: it changes only when a member is removed, renamed or changes type. */
export const DATASET_FORMAT_VERSION = 1;

/** The whole dataset in one file (`/api/v1/dataset.json`), for other projects' builds. */
export const datasetSchema = z
  .object({
    formatVersion: z
      .literal(DATASET_FORMAT_VERSION)
      .describe('Changes only when a member is removed, renamed or changes type; members may be added within a version.'),
    generated: z.object({
      generator: z.string(),
      dataUpdated: z.iso.date().describe('The latest `updated` date of any code or comparison.'),
      counts: z.object({ codes: z.int(), classes: z.int(), comparisons: z.int() }),
    }),
    links: z.object({ self: z.string(), schema: z.string(), documentation: z.string() }),
    codes: z.array(codeResourceSchema).describe('Every code, each as /api/v1/codes/{code} serves it.'),
    classes: z.array(classResourceSchema).describe('The five classes, as /api/v1/classes serves them.'),
    comparisons: z.array(comparisonResourceSchema).describe('Every curated comparison, as /api/v1/comparisons/{a}-vs-{b} serves it.'),
  })
  .describe('The HTTP Status Reference dataset in one file.');
