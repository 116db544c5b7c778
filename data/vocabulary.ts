/**
 * Closed vocabularies of the dataset. Each is an `as const` tuple so that the
 * TypeScript unions and the Zod enums in `schema.ts` derive from one list.
 */

/** The five classes of RFC 9110 §15 ("the first digit of the status-code defines the class"). */
export const statusClasses = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;
export type StatusClass = (typeof statusClasses)[number];

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
