/**
 * The JSON resources of the API, built from the dataset. The same functions
 * feed the live server and the static export, so both serve the same bytes.
 */
import { classOf, type Comparison, type StatusCode } from '../data/dataset.ts';
import { rangeLabel, symptomsFor, type UnassignedNumber } from '../data/numbers.ts';
import type { PseudoCode, Symptom } from '../data/schema.ts';
import { describeUnassigned, IANA_REGISTRY_URL } from '../data/unassigned-prose.ts';
import { statusClasses, statusClassTitles, type StatusClass } from '../data/vocabulary.ts';
import { API_BASE, endpoints } from './endpoints.ts';

/** A symptom as the API shows it, under the code it points to. */
function symptomView(symptom: Symptom) {
  return { text: symptom.text, kind: symptom.kind, product: symptom.product, source: symptom.source };
}

/** The contract's code resource, fields in a stable, documented order. */
export function codeResource(status: StatusCode) {
  return {
    kind: 'status-code' as const,
    code: status.code,
    phrase: status.phrase,
    formerPhrases: status.formerPhrases,
    alsoKnownAs: status.alsoKnownAs,
    class: status.class,
    status: status.status,
    ...(status.vendor ? { vendor: status.vendor } : {}),
    ...(status.otherUses ? { otherUses: status.otherUses } : {}),
    spec: status.spec,
    summary: status.summary,
    definition: status.definition,
    whenToUse: status.whenToUse,
    clientBehavior: status.clientBehavior,
    cachingBehavior: status.cachingBehavior,
    seoImpact: status.seoImpact,
    apiImpact: status.apiImpact,
    heuristicallyCacheable: status.heuristicallyCacheable,
    mustNotBeStored: status.mustNotBeStored,
    contentAllowed: status.contentAllowed,
    headers: status.headers,
    retry: {
      safe: status.retry.safe,
      rule: status.retry.rule,
      retryAfter: status.retry.retryAfter,
      backoff: status.retry.backoff,
      advice: status.retry.advice,
    },
    scenarios: status.scenarios,
    mistakes: status.mistakes,
    related: status.related,
    symptoms: symptomsFor(status.code).map(symptomView),
    constants: status.constants,
    formerConstants: status.formerConstants,
    updated: status.updated,
    links: { self: `${API_BASE}/codes/${status.code}`, ...status.links },
  };
}

/** "Status 0" or "000": what produces it, and where to find the real cause. Not a status code. */
export function pseudoCodeResource(pseudo: PseudoCode) {
  return {
    kind: 'not-a-status-code' as const,
    id: pseudo.id,
    title: pseudo.title,
    summary: pseudo.summary,
    origin: pseudo.origin,
    originSource: pseudo.originSource,
    causes: pseudo.causes,
    diagnosis: pseudo.diagnosis,
    symptoms: symptomsFor(pseudo.id).map(symptomView),
    related: pseudo.related,
    updated: pseudo.updated,
    links: { self: `${API_BASE}/codes/${pseudo.id}`, reference: `/codes/${pseudo.id}/` },
  };
}

/** A number from 100 to 599 that is unassigned: its class and how a client must treat it (RFC 9110 §15). */
export function unassignedResource(number: UnassignedNumber) {
  const prose = describeUnassigned(number);
  return {
    kind: 'unassigned' as const,
    code: number.code,
    class: number.class,
    status: 'unassigned' as const,
    registry: { unassignedRange: rangeLabel(number.range), url: IANA_REGISTRY_URL },
    treatAs: number.treatAs.code,
    summary: prose.summary,
    clientBehavior: prose.clientBehavior,
    cachingBehavior: prose.cachingBehavior,
    advice: prose.advice,
    spec: prose.citations,
    links: {
      self: `${API_BASE}/codes/${number.code}`,
      reference: `/codes/${number.code}/`,
      treatAs: `${API_BASE}/codes/${number.treatAs.code}`,
    },
  };
}

/** The contract's comparison resource. */
export function comparisonResource(comparison: Comparison) {
  return {
    slug: comparison.slug,
    codes: comparison.codes,
    curated: comparison.curated,
    title: comparison.title,
    theme: comparison.theme,
    intro: comparison.intro,
    aspects: comparison.aspects,
    keyDifference: comparison.keyDifference,
    decisionRule: comparison.decisionRule,
    commonMistake: comparison.commonMistake,
    faq: comparison.faq,
    updated: comparison.updated,
    links: comparison.links,
  };
}

/** A short form of a code for class listings. */
function codeSummary(status: StatusCode) {
  return {
    code: status.code,
    phrase: status.phrase,
    status: status.status,
    ...(status.vendor ? { vendor: status.vendor } : {}),
    summary: status.summary,
    links: { self: `${API_BASE}/codes/${status.code}`, reference: status.links.reference },
  };
}

/** One class with its codes. */
export function classResource(statusClass: StatusClass, codes: readonly StatusCode[]) {
  const { title, section } = statusClassTitles[statusClass];
  const members = codes.filter((status) => classOf(status.code) === statusClass);
  return {
    class: statusClass,
    title,
    spec: { document: 'RFC 9110', section, url: `https://www.rfc-editor.org/rfc/rfc9110#section-${section}` },
    count: members.length,
    codes: members.map(codeSummary),
    links: { self: `${API_BASE}/classes/${statusClass}`, page: `/codes/#class-${statusClass}` },
  };
}

export function classesResource(codes: readonly StatusCode[]) {
  return { count: statusClasses.length, classes: statusClasses.map((c) => classResource(c, codes)) };
}

export function codesResource(codes: readonly StatusCode[]) {
  return { count: codes.length, codes: codes.map(codeResource) };
}

export function comparisonsResource(comparisons: readonly Comparison[]) {
  return { count: comparisons.length, comparisons: comparisons.map(comparisonResource) };
}

export function indexResource() {
  return {
    name: 'HTTP Status Reference API',
    version: 'v1',
    resources: endpoints.map((endpoint) => ({ href: endpoint.path, description: endpoint.summary })),
    links: {
      documentation: '/api/',
      openapi: `${API_BASE}/openapi.json`,
      dataset: `${API_BASE}/dataset.json`,
      datasetSchema: `${API_BASE}/dataset.schema.json`,
    },
  };
}

/** The exact bytes of a JSON resource: two-space indentation and a final newline. */
export function serialize(resource: unknown): Uint8Array {
  return Buffer.from(`${JSON.stringify(resource, null, 2)}\n`, 'utf8');
}
