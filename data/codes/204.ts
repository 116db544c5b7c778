import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 204,
  phrase: 'No Content',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.3.5'),
  summary:
    'The request succeeded and there is deliberately no body; any header fields, such as a new ETag, describe the resource as it is after the action.',
  definition:
    'The server has successfully fulfilled the request and there is no additional content to send; the response ends with its header section and cannot contain content or trailers (RFC 9110 §15.3.5). Header fields in it refer to the target resource after the action, so an ETag on a 204 to PUT is the entity tag of the new representation. It also tells a user agent that it need not leave its current document view.',
  whenToUse:
    'For a successful action with nothing to return: a PUT or PATCH that saved a document, a DELETE that has been enacted (RFC 9110 §9.3.5), a beacon or analytics endpoint, a CORS preflight. When the client needs the updated resource, send 200 with it; when a POST created something, send 201 with Location; when the action is only queued, send 202.',
  clientBehavior:
    'A link or form submission answered with 204 leaves the browser on the current page: the HTML standard stops the navigation and nothing is replaced. fetch() resolves with ok true and an empty body, so response.json() rejects with a syntax error unless the code checks the status first. HTTP/1.1 clients take the end of the header section as the end of the response, whatever header fields say (RFC 9112 §6.3).',
  cachingBehavior:
    'Heuristically cacheable (RFC 9110 §15.3.5): a 204 to GET without Cache-Control may be reused by a cache for a heuristic lifetime, which surprises polling endpoints that use 204 for "nothing new"; give those no-cache or no-store. A 204 to PUT, POST or DELETE is a non-error response to an unsafe method, so caches invalidate what they stored for the target URI (RFC 9111 §4.4).',
  seoImpact:
    'Google documents that on a 204 Googlebot signals the indexing pipeline that it received no content, and Search Console may show a soft 404 for the URL. Never answer a page URL that should be indexed with 204; keep it for endpoints that crawlers have no reason to fetch.',
  apiImpact:
    'The usual answer to DELETE, and to PUT or PATCH when the client already holds the new state. Include an ETag when the stored representation is exactly what the client sent, so its next conditional update needs no GET (RFC 9110 §9.3.4). SDKs must skip deserialization for 204, and an API description should declare the empty response so generated clients do not try to parse one.',
  heuristicallyCacheable: true,
  contentAllowed: false,
  headers: [],
  retry: {
    rule: 'not-needed',
    advice:
      'Nothing needs retrying. Repeating a PUT or DELETE that got 204 is harmless because those methods are idempotent (RFC 9110 §9.2.2); repeating a POST may perform its action again.',
  },
  scenarios: [
    'An editor autosaves with PUT /docs/9 every few seconds; each save returns 204 with a new ETag, and the page stays exactly where the user is typing.',
    'A single-page app calls DELETE /sessions/current on logout and gets 204; it clears its local state without expecting a body.',
    'A browser sends a CORS preflight (OPTIONS) and the API answers 204 with Access-Control-Allow-Methods and Access-Control-Allow-Headers before the real request goes out.',
    'navigator.sendBeacon() posts analytics to /collect, which answers 204; the page never reads the response.',
  ],
  mistakes: [
    'Sending a body or a Content-Length with a 204: RFC 9110 §8.6 forbids Content-Length on a 204, HTTP/1.1 clients stop reading at the end of the header section, and the stray bytes are read as the start of the next response on the connection.',
    'Calling response.json() on every successful fetch: a 204 has no body, so parsing throws and the success path crashes.',
    'Answering a search or list request with no results with 204: clients cannot tell "no matches" from a broken endpoint, and Google may flag the URL as a soft 404. Send 200 with an empty list.',
    'Using 204 for a failure that has "nothing to say": it is a success code, so clients, monitoring and retry logic all count it as success.',
  ],
  related: [200, 205, 201, 202, 304],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
