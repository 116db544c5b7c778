import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 501,
  phrase: 'Not Implemented',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.6.2'),
  summary:
    'The server does not support what the request needs, typically a method it does not implement for any resource or a transfer coding it does not understand.',
  definition:
    'The server does not support the functionality required to fulfill the request; it is the appropriate response when the server does not recognize the request method and cannot support it for any resource (RFC 9110 §15.6.2). RFC 9110 §9.1 says an origin server SHOULD answer an unrecognized or unimplemented method with 501, and a recognized method that the target resource does not allow with 405. RFC 9112 §6.1 adds that a server receiving a transfer coding it does not understand SHOULD respond with 501.',
  whenToUse:
    'For a method the server implements nowhere, such as PROPFIND sent to an application without WebDAV, and for an unsupported Transfer-Encoding. If the method works on other resources but not this one, send 405 with Allow. If the HTTP version is the problem, send 505.',
  clientBehavior:
    'Resending gains nothing, because the code reports a missing capability rather than a passing failure. A client behind a cache can even keep receiving a stored 501 after the server gained support, since the code is heuristically cacheable (RFC 9110 §15.6.2).',
  cachingBehavior:
    'A 501 is heuristically cacheable: unless the method or explicit cache controls say otherwise, a cache may reuse it with a heuristic lifetime (RFC 9110 §15.6.2, RFC 9111 §4.2.2). It is the only 5xx code with that property in RFC 9110. If support may arrive soon, send Cache-Control: no-store or a short max-age so caches do not keep answering 501 after you ship it.',
  seoImpact:
    'Crawlers use GET and HEAD, which every general-purpose server MUST support (RFC 9110 §9.1), so they meet 501 only on a broken or misrouted server. Google treats it like other 5xx codes: crawling slows down, and URLs that keep failing are eventually dropped.',
  apiImpact:
    'For an API, 501 says "this server does not do that at all", which lets clients fall back to another method or feature instead of retrying. Using 405 with an Allow field for methods that exist elsewhere keeps that signal meaningful, and OPTIONS lets clients discover what is supported.',
  heuristicallyCacheable: true,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Do not retry unchanged: the server lacks the capability and will answer the same way. Use another method, or for a transfer-coding 501 send the body with Content-Length or plain chunked encoding.',
  },
  scenarios: [
    'python -m http.server receives a POST and answers 501 "Unsupported method (\'POST\')", because SimpleHTTPRequestHandler defines only GET and HEAD.',
    'A client sends Transfer-Encoding: gzip, chunked to an AWS Application Load Balancer, which supports only chunked and identity and answers 501; AWS suggests Content-Encoding instead.',
    'A WebDAV client probes an ordinary web application with PROPFIND and receives 501, because the server implements that method for no resource.',
    'A Go net/http server receives a request whose Transfer-Encoding it does not support and answers 501 "Unsupported transfer encoding" before any handler runs.',
  ],
  mistakes: [
    'Answering 501 for a method the server supports on other resources: that is 405 with an Allow field (RFC 9110 §9.1).',
    'Returning 501 from a not-yet-built endpoint without Cache-Control: the response is heuristically cacheable, so caches may keep serving it after the feature ships.',
    'Retrying 501 as if it were transient: it reports a missing capability, and retries only add load.',
    'Using 501 for an unsupported HTTP version: that is 505 (HTTP Version Not Supported).',
  ],
  related: [405, 505, 500, 400],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
