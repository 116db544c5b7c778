import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 428,
  phrase: 'Precondition Required',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(6585, '3'),
  summary:
    "The server refuses to change this resource unless the request is conditional: send If-Match with the ETag you last saw, so that you cannot overwrite someone else's change.",
  definition:
    'The origin server requires the request to be conditional (RFC 6585 §3). Its typical use is preventing the "lost update" problem, where a client GETs a resource, modifies it and PUTs it back while a third party has changed it in the meantime. The response SHOULD explain how to resubmit the request successfully, and it MUST NOT be stored by a cache (RFC 6585 §3).',
  whenToUse:
    'On a PUT, PATCH or DELETE that arrives without If-Match or If-Unmodified-Since, for a resource where you enforce optimistic concurrency. If the client did send a precondition and it evaluated to false, the answer is 412 (RFC 9110 §13.1.1), not 428. The body names the field to send, as in the RFC 6585 §3 example that says to try "If-Match".',
  clientBehavior:
    'Browsers display the body and do nothing else; no client adds a precondition by itself. An API client fetches the resource, takes its ETag and resends the change with If-Match. Caches never reuse a 428, because RFC 6585 §3 forbids storing it.',
  cachingBehavior:
    'RFC 6585 §3 says a 428 MUST NOT be stored by a cache, whatever its other header fields say. It is not heuristically cacheable either (RFC 9110 §15.1), and it usually answers PUT or DELETE, whose responses are not cacheable in the first place (RFC 9110 §9.3.4, §9.3.5).',
  seoImpact: 'Crawlers send GET and HEAD, while servers demand preconditions on writes, so 428 essentially never reaches a search engine.',
  apiImpact:
    'Requiring preconditions turns every write into a read-modify-write round trip: clients must keep the ETag from their last GET and send it back, and must handle 412 by merging or reloading. Document which endpoints require If-Match, because a client written before the rule existed starts failing every update with 428. RFC 6585 §7.1 notes that 428 is optional, so clients cannot rely on it to prevent lost updates on servers that do not enforce it.',
  heuristicallyCacheable: false,
  mustNotBeStored: true,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Not as is: GET the resource, take its ETag, and resend the change with If-Match carrying that tag (or If-Unmodified-Since with its Last-Modified). If that resend gets 412, someone changed the resource in between; reload or merge before writing again.',
  },
  scenarios: [
    'An API requires If-Match on PUT /documents/7; a script that writes without reading first gets 428 and a body telling it to send If-Match.',
    "Two editors load the same wiki page; because the server demands If-Match on save, the second save gets 412 instead of silently replacing the first editor's text.",
    'After a deployment starts enforcing preconditions, an older mobile app that never sent If-Match fails every update with 428 until it is updated.',
  ],
  mistakes: [
    'Answering 412 when no precondition was sent: 412 means a condition the client sent was false; a missing condition is 428.',
    'Answering 428 when the client sent an If-Match that does not match: that is 412 (RFC 9110 §13.1.1).',
    'Sending a bare 428 with no explanation: RFC 6585 §3 says the response SHOULD tell the client how to resubmit, for example which field to add.',
    'Accepting If-Match but comparing it weakly: RFC 9110 §13.1.1 requires the strong comparison, or two different versions can pass as the same.',
  ],
  related: [412, 409, 304, 400],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
