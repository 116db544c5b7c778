/**
 * Evaluation of conditional requests, in the order RFC 9110 §13.2.2 requires:
 * If-Match, If-Unmodified-Since, If-None-Match, If-Modified-Since.
 */
import { parseEntityTag, parseEntityTagList, strongMatch, weakMatch, type EntityTag } from './entity-tag.ts';
import { parseHttpDate } from './http-date.ts';

/** The validators of the selected representation. */
export interface Validators {
  /** The ETag field value, e.g. `"abc"` or `W/"abc"`. */
  etag: string;
  /** Last-Modified as epoch milliseconds (whole seconds). */
  lastModified: number;
}

/** The request's conditional header fields (undefined when absent). */
export interface Conditions {
  ifMatch?: string | null;
  ifNoneMatch?: string | null;
  ifModifiedSince?: string | null;
  ifUnmodifiedSince?: string | null;
}

/** 'proceed' to a 2xx, or the status that replaces it. */
export type PreconditionOutcome = 'proceed' | 304 | 412;

function anyMatches(value: string, etag: string, match: (a: EntityTag, b: EntityTag) => boolean): boolean {
  const list = parseEntityTagList(value);
  if (list === '*') return true; // The resource has a current representation, so "*" matches (§13.1.1, §13.1.2).
  const current = parseEntityTag(etag);
  return list.some((tag) => match(tag, current));
}

/**
 * Evaluates the preconditions of a request whose response would otherwise be
 * 2xx (§13.2.1: the caller must not call this for other outcomes, nor for
 * CONNECT, OPTIONS or TRACE). `now` is passed to the date parser.
 */
export function evaluatePreconditions(method: string, conditions: Conditions, validators: Validators, now?: number): PreconditionOutcome {
  const isGetOrHead = method === 'GET' || method === 'HEAD';

  // Step 1: If-Match, strong comparison (§13.1.1).
  if (conditions.ifMatch != null) {
    if (!anyMatches(conditions.ifMatch, validators.etag, strongMatch)) return 412;
  } else if (conditions.ifUnmodifiedSince != null) {
    // Step 2: If-Unmodified-Since, only without If-Match; ignored when not a valid date (§13.1.4).
    const date = parseHttpDate(conditions.ifUnmodifiedSince, now);
    if (date !== undefined && validators.lastModified > date) return 412;
  }

  // Step 3: If-None-Match, weak comparison (§13.1.2).
  if (conditions.ifNoneMatch != null) {
    // A cache revalidating sends back exactly the tag it was given: that one tag matches without parsing.
    if (conditions.ifNoneMatch === validators.etag || anyMatches(conditions.ifNoneMatch, validators.etag, weakMatch))
      return isGetOrHead ? 304 : 412;
  } else if (isGetOrHead && conditions.ifModifiedSince != null) {
    // Step 4: If-Modified-Since, only for GET/HEAD without If-None-Match; ignored when invalid (§13.1.3).
    const date = parseHttpDate(conditions.ifModifiedSince, now);
    if (date !== undefined && validators.lastModified <= date) return 304;
  }
  return 'proceed';
}
