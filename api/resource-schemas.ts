/**
 * Zod schemas of the API's resources, built from the dataset's own schemas
 * (data/schema.ts) plus the derived fields, so the OpenAPI document describes
 * exactly what the data validates.
 */
import { z } from 'zod';
import {
  codePageLinksSchema,
  comparisonResourceSchema,
  libraryConstantsSchema,
  retrySchema,
  specCitationSchema,
  statusCodeShape,
} from '../data/schema.ts';
import { statusClasses } from '../data/vocabulary.ts';

const codeLinks = codePageLinksSchema.extend({ self: z.string().describe('This resource.') });

/** `retry` as served: the data's rule plus the derived yes/no the contract has always carried. */
const retryResourceSchema = z.object({
  safe: z.boolean().describe('True when the rule lets the unchanged request be sent again.'),
  rule: retrySchema.shape.rule,
  retryAfter: z.boolean().describe('Retry-After, when the response carries it, says how long to wait.'),
  backoff: z.boolean().describe('Repeated attempts should wait longer each time.'),
  advice: z.string(),
});

export const codeResourceSchema = statusCodeShape
  .extend({
    class: z.enum(statusClasses),
    retry: retryResourceSchema,
    mustNotBeStored: z.boolean(),
    constants: libraryConstantsSchema.shape.names,
    formerConstants: z.array(libraryConstantsSchema.shape.former.unwrap().element),
    links: codeLinks,
  })
  .describe('One HTTP status code.');

/** The one comparison shape, curated or derived (data/schema.ts). */
export { comparisonResourceSchema };

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
