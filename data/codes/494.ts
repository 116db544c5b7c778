import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 494,
  phrase: 'Request Header Too Large',
  formerPhrases: [],
  alsoKnownAs: [
    {
      phrase: 'Request Header Or Cookie Too Large',
      note: 'The title of the error page nginx sends, with status 400, when it logs 494.',
      source: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_special_response.c',
    },
  ],
  status: 'unofficial',
  vendor: 'nginx',
  spec: documentSource(
    'nginx source: src/http/ngx_http_request.h (NGX_HTTP_REQUEST_HEADER_TOO_LARGE)',
    'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
  ),
  summary:
    'nginx\'s internal code for a request whose headers do not fit its header buffers, usually because of oversized cookies. The client never sees 494: nginx answers 400 Bad Request with the page "Request Header Or Cookie Too Large".',
  definition:
    'nginx defines NGX_HTTP_REQUEST_HEADER_TOO_LARGE as 494 (src/http/ngx_http_request.h) and uses it when a request header field does not fit into one of the large_client_header_buffers buffers (default: 4 buffers of 8k). The documentation of that directive only speaks of "the 400 (Bad Request) error" for this case (ngx_http_core_module, large_client_header_buffers), because nginx rewrites 494 to 400 on the wire and in the access log. The registered code for this condition is 431 (RFC 6585 §5).',
  whenToUse:
    "Only as a selector in nginx configuration: error_page 494 /header-too-large.html; serves a dedicated page (for example one that tells users to clear the site's cookies) without catching every other 400. Without an explicit =code, that page still goes out with status 400. An application that rejects oversized headers itself should send 431 Request Header Fields Too Large, whose representation SHOULD name the field at fault when a single one is too large (RFC 6585 §5).",
  clientBehavior:
    'Browsers show nginx\'s HTML page titled "400 Request Header Or Cookie Too Large"; HTTP libraries report an ordinary 400. The same browser fails on every request to the site, because it sends the same Cookie header each time, while another browser or a private window works: that asymmetry is the usual clue.',
  cachingBehavior:
    "The status on the wire is 400, which is not heuristically cacheable (RFC 9110 §15.1), and nginx's built-in error page carries no Cache-Control, so caches do not store it. The failure depends on the request's headers, not on the URL, so a cached copy would be wrong for other users anyway.",
  seoImpact:
    'Crawlers rarely trigger it: Googlebot does not keep cookies between page loads and sends small headers. When it does happen, Google receives a 400, which it handles like other 4xx codes: the URL is not indexed.',
  apiImpact:
    'Clients that send large JWTs in Authorization, many custom headers, or a browser\'s whole cookie jar hit the default 8k buffer and get an HTML 400, not your JSON error. Shrink the headers (send a session reference instead of the token payload) or raise the limit, for example large_client_header_buffers 4 16k;. The nginx error log line "client sent too long header line" is written at info level, below the default error_log level of error, so it is invisible until the level is lowered.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Repeating the request unchanged gets the same 400. The client must first drop cookies or shorten the oversized header; RFC 6585 §5 says the same of 431: the request MAY be resubmitted after reducing the size of the header fields.',
  },
  scenarios: [
    'A site sets dozens of analytics and A/B-testing cookies on its parent domain; one long-time visitor\'s Cookie header passes 8 KB and every page shows "400 Bad Request - Request Header Or Cookie Too Large" until the cookies are cleared.',
    'An identity provider stores the whole user profile, including group memberships, in a session cookie; users in many groups get the 400 while everyone else logs in fine.',
    'A gateway forwards every incoming header plus its own tracing headers to an nginx-fronted service, and one combined header line overflows the buffer.',
  ],
  mistakes: [
    'Searching the access log for 494: it records 400, so the case is only visible in the response body or the info-level error log line.',
    'Sending 494 from an application: nginx itself never lets it reach a client; send 431 (RFC 6585 §5), which caches MUST NOT store.',
    'Raising large_client_header_buffers without finding what bloats the headers: the next cookie pushes past the new limit, and every connection may claim the larger buffers.',
    "Confusing it with 414: a request line longer than one buffer gets 414 (Request-URI Too Large), not 400, per the same directive's documentation.",
  ],
  related: [431, 400, 414, 413],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
