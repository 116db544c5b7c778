/**
 * The JSON resources of the API, built from the dataset. The same functions
 * feed the live server and the static export, so both serve the same bytes.
 */
import { classOf, type Comparison, type StatusCode } from '../data/dataset.ts';
import { statusClasses, statusClassTitles, type StatusClass } from '../data/vocabulary.ts';
import { API_BASE, endpoints } from './endpoints.ts';

/** The contract's code resource, fields in a stable, documented order. */
export function codeResource(status: StatusCode) {
  return {
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
    constants: status.constants,
    formerConstants: status.formerConstants,
    updated: status.updated,
    links: { self: `${API_BASE}/codes/${status.code}`, ...status.links },
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
    links: { documentation: '/api/', openapi: `${API_BASE}/openapi.json` },
  };
}

/** The exact bytes of a JSON resource: two-space indentation and a final newline. */
export function serialize(resource: unknown): Uint8Array {
  return Buffer.from(`${JSON.stringify(resource, null, 2)}\n`, 'utf8');
}
