import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 200,
  phrase: 'OK',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.3.1'),
  summary:
    'The request succeeded and the response carries its result: the resource itself for GET, the outcome of the action for POST, PUT or DELETE.',
  definition:
    'The request has succeeded; what the content means depends on the method: a representation of the target resource for GET, the same without the data for HEAD, the status or result of the action for POST, PUT and DELETE, the communication options for OPTIONS (RFC 9110 §15.3.1, Table 6).',
  whenToUse:
    'When the request succeeded and there is content to send. If the request asked for no content on success, RFC 9110 §15.3.1 says to prefer 204; if a POST created a resource, 201 with a Location says more.',
  clientBehavior:
    'Browsers render the content; HTTP libraries resolve the request as successful and hand over the body. A cache that sent a conditional request and receives a 200 MUST use it to satisfy the request, since a full response means none of the stored responses it nominated is suitable, and MAY store it (RFC 9111 §4.3.3).',
  cachingBehavior:
    'Heuristically cacheable (RFC 9110 §15.1): without Cache-Control or Expires, a cache may still reuse a 200 for a heuristic lifetime, for which RFC 9111 §4.2.2 names 10% of the time since Last-Modified as a typical setting. Send explicit Cache-Control so that lifetime is your decision.',
  seoImpact:
    'Google documents that on a 200 its crawler passes the content to the indexing pipeline, which may index it. If the content of a 200 suggests an error, such as an empty page or a "not found" message, Google documents that Search Console shows a soft 404 for the URL.',
  apiImpact:
    'Clients branch on the status before they parse: an error wrapped in a 200 body passes every status-based check, retry policy and dashboard as a success. On GET, RFC 9110 §15.3.1 says an origin server SHOULD send any available validator, preferably both a strong ETag and Last-Modified, so clients can revalidate.',
  heuristicallyCacheable: true,
  contentAllowed: true,
  headers: [
    header(
      'ETag',
      'SHOULD',
      rfc(9110, '15.3.1'),
      'On a 200 to GET or HEAD, send any available validator; a strong entity tag is preferred (RFC 9110 §15.3.1).',
    ),
    header(
      'Last-Modified',
      'SHOULD',
      rfc(9110, '15.3.1'),
      'On a 200 to GET or HEAD, send it alongside the ETag where a modification date is known (RFC 9110 §15.3.1, §8.8.2).',
    ),
  ],
  retry: {
    rule: 'not-needed',
    advice:
      'A 200 needs no retry. Repeating the request is only harmless for safe or idempotent methods (RFC 9110 §9.2): a repeated POST may perform its action twice.',
  },
  scenarios: [
    'A first visit to a page: the browser has nothing stored, sends an unconditional GET and receives the full HTML with its ETag and Last-Modified.',
    'A conditional GET whose ETag no longer matches because the resource changed: the server answers 200 with the new representation and a new ETag, and the cache replaces its copy.',
    'A JSON API answers POST /search with 200 and the matching records, since the result is content and no resource was created.',
  ],
  mistakes: [
    'Returning 200 with an error message in the body ({"error": "not found"}): clients, caches and crawlers all treat it as success, and Google may report the URL as a soft 404.',
    'Answering a conditional GET with 200 and the same ETag as the client sent: the body is transferred for nothing; the server should have sent 304.',
    'Sending 200 with an empty body for a successful DELETE or PUT when 204 would state that there is no content.',
  ],
  related: [304, 201, 204, 206, 203],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
