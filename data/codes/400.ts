import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 400,
  phrase: 'Bad Request',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.1'),
  summary:
    'The server rejects the request because the request itself is faulty: syntax it cannot parse, broken message framing, an invalid Host, or input it refuses to act on. It is the generic client error that the more specific 4xx codes refine.',
  definition:
    'The server cannot or will not process the request because of something it perceives as a client error, such as malformed request syntax, invalid request message framing or deceptive request routing (RFC 9110 §15.5.1). It is also the fallback of its class: a client that receives an unrecognized 4xx code, say 471, must treat it as a 400 (RFC 9110 §15).',
  whenToUse:
    'When the request cannot be parsed or validated and no more specific 4xx fits. HTTP/1.1 requires it for a request with no Host, more than one Host or an invalid Host (RFC 9112 §3.2), for an invalid Content-Length or a Transfer-Encoding whose final coding is not chunked, each followed by closing the connection (RFC 9112 §6.3), and RFC 9110 §9.3.6 names it for a CONNECT to an empty or invalid port. Prefer 415 for an unsupported Content-Type, 422 for well-formed content whose instructions cannot be processed (RFC 9110 §15.5.21), 413, 414 or 431 for size limits, and 401 or 403 for credential problems.',
  clientBehavior:
    'The code alone does not say which part of the request was wrong, so clients must read the body; RFC 9110 §15.5 says the server SHOULD explain the error and user agents SHOULD display it. After a 400 for bad framing on HTTP/1.1 the server closes the connection (RFC 9112 §6.3), so the client cannot reuse it and sends its next request on a new one.',
  cachingBehavior:
    'Not heuristically cacheable (RFC 9110 §15.1): a cache stores a 400 only when Cache-Control or Expires explicitly allows it (RFC 9111 §3), so by default every malformed request reaches the origin. Akamai, for one, documents that its "Cache HTTP Error Responses" behavior no longer caches 400 responses.',
  seoImpact:
    'Google documents that every 4xx except 429 is handled alike: the URL is not indexed, an indexed URL is removed and the body is ignored. A public page that answers crawlers with 400, for instance because a WAF rule or a validation step expects a cookie or header that crawlers do not send, drops out of search.',
  apiImpact:
    '400 is the usual answer to a body that fails to parse or a parameter that fails validation; name the failing field in a machine-readable body (RFC 9457 application/problem+json is the standard format), because the code carries no detail. Some APIs split the two: GitHub\'s REST API answers a body that is not valid JSON with 400 and well-formed JSON with invalid fields with 422; pick one convention and document it. OAuth 2.0 resource servers SHOULD answer a malformed bearer-token request (error="invalid_request") with 400 (RFC 6750 §3.1).',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'The identical request gets the identical 400: change it first, using what the body says about the failing syntax, header or parameter. After a framing error on HTTP/1.1 the server has closed the connection (RFC 9112 §6.3), so the corrected request goes out on a new connection.',
  },
  scenarios: [
    'A browser has collected more cookies for a site than the server\'s header buffers hold; nginx answers "400 Bad Request" with "Request Header Or Cookie Too Large" until the user clears the site\'s cookies.',
    'A client sends plain HTTP to port 443 and nginx replies "400 Bad Request: The plain HTTP request was sent to HTTPS port".',
    'A JSON API receives a POST body with a trailing comma; the parser fails and the API answers 400 with the position of the syntax error.',
    'A request-smuggling probe sends "Transfer-Encoding: chunked, gzip"; because chunked is not the final coding, the server must answer 400 and close the connection (RFC 9112 §6.3).',
  ],
  mistakes: [
    'Answering every failure with 400, including missing credentials (401), refused permissions (403) and unknown resources (404): callers and dashboards can no longer tell a bug in the client from an auth or routing problem.',
    'Returning 400 when valid input triggers a server-side failure, such as a database error: the client is told to fix a request that was fine, and 5xx alerting never fires.',
    'Sending 400 with an empty body or just "Bad Request": RFC 9110 §15.5 says the server SHOULD explain the error, and without it the caller cannot find the field at fault.',
    'Keeping an HTTP/1.1 connection open after rejecting invalid framing: leftover bytes are then parsed as the next request, the mechanism behind request smuggling; RFC 9112 §6.3 requires closing it.',
  ],
  related: [422, 415, 431, 401, 494, 497],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
