import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 414,
  phrase: 'URI Too Long',
  formerPhrases: ['Request-URI Too Long'],
  status: 'standard',
  spec: rfc(9110, '15.5.15'),
  summary: 'The URL of the request, path plus query string, is longer than the server is willing to parse.',
  definition:
    'The server refuses to service the request because the target URI is longer than it is willing to interpret (RFC 9110 §15.5.15). The RFC names the usual causes: a POST converted into a GET with long query data, a redirect loop whose target keeps growing, or an attack probing for buffer overflows. An HTTP/1.1 server MUST answer a request-target longer than it wishes to parse with 414 (RFC 9112 §3), and RFC 9110 §4.1 recommends supporting URIs of at least 8000 octets. RFC 2616 called it "Request-URI Too Long".',
  whenToUse:
    "When the request-target exceeds your parser's limit, before any routing. If the long URLs come from your own search or filter forms, the fix is on your side: accept those parameters in a POST body instead of the query string. Header fields that are too large as a whole, cookies included, are 431; a large body is 413.",
  clientBehavior:
    'HTTP libraries report it as a client error without retrying. Because 414 is heuristically cacheable, a cache on the path may store it even without explicit freshness (RFC 9111 §4.2.2) and keep answering that exact URL with the 414 for a while without asking the server again.',
  cachingBehavior:
    'One of the few 4xx codes that is heuristically cacheable (RFC 9110 §15.1, §15.5.15): without Cache-Control or Expires a cache may reuse it for a heuristic lifetime (RFC 9111 §4.2.2). That is harmless while the limit stays the same; if you may raise the limit, send Cache-Control: no-store or a short max-age so stored 414s do not outlive it.',
  seoImpact:
    'Crawlers can meet 414 on faceted-navigation or tracking URLs that keep accumulating parameters, or on redirect chains that lengthen the URL at each hop. Fix the links that generate such URLs rather than raising the limit.',
  apiImpact:
    "APIs hit 414 when clients put long ID lists or serialized filters in a GET query string (?ids=1,2,3,... with thousands of entries). Server limits sit near 8 KB by default: Apache's LimitRequestLine is 8190 bytes, and nginx answers 414 when the request line does not fit in one large_client_header_buffers buffer (8 KB by default). Offer a POST search endpoint or a batch size limit instead.",
  heuristicallyCacheable: true,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'The same URI fails against the same limit every time. Shorten it: move parameters into a POST body, request fewer IDs per call, or drop tracking parameters. If each redirect makes the URI longer, stop following and fix the loop instead of retrying.',
  },
  scenarios: [
    'A reporting dashboard stores its whole filter state as JSON in the query string; once enough filters are added, nginx rejects the GET with 414.',
    "A rewrite rule redirects /a to /a/a, then to /a/a/a and so on, until the URL exceeds the server's limit and a 414 ends the chain.",
    'A client calls GET /users?ids= with 5,000 comma-separated IDs and gets 414 from the load balancer before the application sees the request.',
  ],
  mistakes: [
    'Answering oversized cookies or header sections with 414: that is 431, and the fix (clearing cookies) is different from shortening the URL.',
    'Sending 414 without Cache-Control and then raising the limit: caches that stored the heuristically cacheable 414 keep serving it until its heuristic lifetime ends.',
    'Answering 400 instead, so the client cannot tell that the length is the problem; RFC 9112 §3 requires 414 for an over-long request-target.',
  ],
  related: [413, 431, 400, 494],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
