/**
 * Every cap of the test endpoint, decided here once: the handler enforces
 * them, the 400 problem documents name them, the OpenAPI document and the
 * /testing/ page print them.
 */

/** Caps on the caller's options; a value beyond one is a 400 naming it. */
export const RESPOND_CAPS = {
  /** Milliseconds before the header section (`sleep`, `delay`, `X-HttpStatus-Sleep`). */
  sleepMs: 10_000,
  /** Milliseconds over which the content is delivered (`drip`). */
  dripMs: 10_000,
  /** sleep + drip: no answer takes longer than this. */
  totalMs: 10_000,
  /** Failures before success (`fail`). */
  fail: 20,
  /** Length of `key`. */
  keyLength: 64,
  /** Delta-seconds of `retryAfter`. */
  retryAfterSeconds: 86_400,
  /** Redirects in a chain (`chain`). */
  chain: 10,
  /** Length of a same-origin `to` path. */
  toLength: 256,
  /** Codes a `random` list may expand to. */
  randomChoices: 100,
  /** Ranges in one Range header field (RFC 9110 §14.2 lets a server reject many small ranges). */
  ranges: 16,
  /** `X-HttpStatus-Response-*` request fields, and the length of each name and value. */
  customFields: 16,
  customNameLength: 64,
  customValueLength: 1024,
  /** Request content, in bytes; more is a 413. */
  bodyBytes: 1_048_576,
} as const;

/** Fair use: what one client may ask of the endpoint, and what all clients together may hold open. */
export interface FairUse {
  /** Token bucket per client: requests that may arrive at once… */
  burst: number;
  /** …and requests per second it refills (a test suite's pace of 60 a minute needs 1). */
  perSecond: number;
  /** Answers waiting on a timer (sleep or drip) at once, over all clients; more get 503. */
  maxDelayed: number;
  /** Clients and fail keys remembered at once; the least recently seen is forgotten first. */
  maxTracked: number;
  /** Milliseconds after which an unused fail key is forgotten. */
  failKeyTtlMs: number;
}

export const DEFAULT_FAIR_USE: FairUse = {
  burst: 120,
  perSecond: 2,
  maxDelayed: 32,
  maxTracked: 10_000,
  failKeyTtlMs: 10 * 60_000,
};
