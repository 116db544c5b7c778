/**
 * The sentences that describe an unassigned number, built from its class and
 * registry range. Each states what RFC 9110 or RFC 9111 requires of a client
 * or a cache that meets a code it does not recognize, for that number's class.
 */
import { rfc, type SpecCitation } from './sources.ts';
import { classInfo, rangeLabel, type UnassignedNumber } from './numbers.ts';

/** The IANA registry, where the unassigned ranges are listed. */
export const IANA_REGISTRY_URL = 'https://www.iana.org/assignments/http-status-codes/http-status-codes.xhtml';

/** The day the sentences below last changed; with the x00 entry's date, the resource's Last-Modified. */
export const UNASSIGNED_PROSE_UPDATED = '2026-12-06';

/** What the site and the API say about one unassigned number. */
export interface UnassignedProse {
  title: string;
  summary: string;
  clientBehavior: string;
  cachingBehavior: string;
  advice: string;
  citations: SpecCitation[];
}

/** Class-specific duties of a client that meets an unrecognized code of the class. */
const classDuty: Record<UnassignedNumber['class'], string> = {
  '1xx':
    'It is an interim response: it cannot carry content, a client must be able to parse it before the final response, and a user agent MAY ignore an unexpected 1xx (RFC 9110 \u00a715.2).',
  '2xx': 'The request is treated as received, understood and accepted; what the content means is unknown (RFC 9110 \u00a715.3).',
  '3xx':
    'If the response has a Location header field, the user agent MAY redirect automatically even though it does not understand the code, taking care with unsafe methods (RFC 9110 \u00a715.4).',
  '4xx':
    'User agents SHOULD display any content it carries to the user, since that content should explain the error (RFC 9110 \u00a715.5).',
  '5xx':
    'A user agent SHOULD display any content it carries to the user, since that content should explain the error (RFC 9110 \u00a715.6).',
};

/** The sentences for `number`. */
export function describeUnassigned(number: UnassignedNumber): UnassignedProse {
  const { code, treatAs } = number;
  const statusClass = classInfo[number.class];
  const interim = number.class === '1xx';
  return {
    title: `${code}: an unassigned ${number.class} status code`,
    summary: `${code} is not assigned: the IANA HTTP Status Code Registry lists ${rangeLabel(number.range)} as unassigned, and no vendor use of ${code} is recorded in this dataset. A response with ${code} is a ${number.class} (${statusClass.title}) response whose exact meaning only its sender knows.`,
    clientBehavior: `A client that does not recognize ${code} MUST treat it as ${treatAs.code} ${treatAs.phrase}, the x00 code of its class (RFC 9110 \u00a715). ${classDuty[number.class]}`,
    cachingBehavior: interim
      ? `Caches never store ${code}: only final responses can be stored, and a 1xx response is interim (RFC 9111 \u00a73).`
      : `${code} is not heuristically cacheable (RFC 9110 \u00a715.1): a cache may store it only if the response carries explicit freshness such as max-age or Expires, and never when it carries the must-understand directive, since a cache that has not implemented ${code} does not understand it (RFC 9111 \u00a73, \u00a75.2.2.3).`,
    advice: `Do not send ${code} from your own server: clients will only understand it as ${treatAs.code}. Send the registered code that fits; a new code needs IETF Review and registration with IANA (RFC 9110 \u00a716.2.1).`,
    citations: [rfc(9110, '15'), rfc(9110, statusClass.section), rfc(9111, '3'), rfc(9110, '16.2.1')],
  };
}
