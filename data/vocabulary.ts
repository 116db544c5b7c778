/**
 * Closed vocabularies of the dataset. Each is an `as const` tuple so that the
 * TypeScript unions and the Zod enums in `schema.ts` derive from one list.
 */

/** The five classes of RFC 9110 §15 ("the first digit of the status-code defines the class"). */
export const statusClasses = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;
export type StatusClass = (typeof statusClasses)[number];

/** Each class's title and section in RFC 9110 §15.2–§15.6, for the API's class resources and the site's code index. */
export const statusClassTitles: Readonly<Record<StatusClass, { title: string; section: string }>> = {
  '1xx': { title: 'Informational', section: '15.2' },
  '2xx': { title: 'Successful', section: '15.3' },
  '3xx': { title: 'Redirection', section: '15.4' },
  '4xx': { title: 'Client Error', section: '15.5' },
  '5xx': { title: 'Server Error', section: '15.6' },
};

/** Registration state of a code, after the IANA registry's own wording. */
export const registrationStatuses = ['standard', 'temporary', 'unused', 'deprecated', 'obsoleted', 'unofficial'] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

/** Requirement levels of BCP 14 (RFC 2119, RFC 8174) used for header fields. */
export const requirementLevels = ['MUST', 'SHOULD', 'MAY'] as const;
export type RequirementLevel = (typeof requirementLevels)[number];

/**
 * Ecosystems whose status-code constants the dataset records. Names are only
 * recorded where the library really defines them.
 */
export const ecosystems = ['python', 'go', 'rust', 'spring', 'dotnet', 'rack', 'symfony', 'npm'] as const;
export type Ecosystem = (typeof ecosystems)[number];

/** Human names of the ecosystems, with the library each constant comes from. */
export const ecosystemLabels = {
  python: 'Python (http.HTTPStatus)',
  go: 'Go (net/http)',
  rust: 'Rust (http crate)',
  spring: 'Java Spring (HttpStatus)',
  dotnet: '.NET (System.Net.HttpStatusCode)',
  rack: 'Ruby Rack / Rails (symbol)',
  symfony: 'PHP Symfony (Response)',
  npm: 'npm http-status-codes (StatusCodes)',
} as const satisfies Record<Ecosystem, string>;

/** How a library turns a reason phrase into an identifier (see `constant-naming.ts`). */
export const namingRuleNames = ['UPPER_SNAKE', 'PascalCase', 'rack_symbol'] as const;
export type NamingRuleName = (typeof namingRuleNames)[number];

/**
 * How a client may repeat a request after this code: one rule per code, so the
 * label shown on every page and the advice under it cannot disagree.
 */
export const retryRules = [
  'not-needed',
  'follow-location',
  'never-unchanged',
  'idempotent-only',
  'after-retry-after',
  'after-delay',
  'any-method',
  'once-automatically',
] as const;
export type RetryRule = (typeof retryRules)[number];

/** The reader's wording of each retry rule (a page's "Retrying" fact, the comparison row). */
export const retryRuleLabels = {
  'not-needed': 'Nothing to retry',
  'follow-location': 'Not a retry: make the request at the URI the response gives',
  'never-unchanged': 'Not unchanged: change the request or its circumstances first',
  'idempotent-only': 'Idempotent requests only (RFC 9110 §9.2.2); others only when known not to have been applied',
  'after-retry-after': 'Yes, after the time in Retry-After',
  'after-delay': 'Yes, after a delay',
  'any-method': 'Yes, for any method: the request never reached the origin',
  'once-automatically': 'Yes, once, as the specification tells the client to',
} as const satisfies Record<RetryRule, string>;

/** Rules under which the unchanged request may be sent again (the API's derived `retry.safe`). */
export const retryRulesAllowingRepeat: ReadonlySet<RetryRule> = new Set([
  'idempotent-only',
  'after-retry-after',
  'after-delay',
  'any-method',
  'once-automatically',
]);

/** Themes that group the curated comparisons on `/compare/`. */
export const comparisonThemes = [
  'caching and validation',
  'redirects',
  'authentication and access',
  'client errors',
  'server and gateway errors',
  'rate limiting and availability',
  'success responses',
  'connection and protocol',
] as const;
export type ComparisonTheme = (typeof comparisonThemes)[number];

/**
 * Kinds of symptom: the text a developer meets before they know the status
 * code (data/symptoms.ts). Each kind says where the text was seen.
 */
export const symptomKinds = [
  'browser error',
  'console message',
  'log line',
  'error page',
  'exception',
  'error type',
  'directive',
  'client output',
] as const;
export type SymptomKind = (typeof symptomKinds)[number];

/** What a pseudo-code page explains: numbers that tools print but HTTP never sends (data/pseudo-codes.ts). */
export const pseudoCodeIds = ['0', '000'] as const;
export type PseudoCodeId = (typeof pseudoCodeIds)[number];
