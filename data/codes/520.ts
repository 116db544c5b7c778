import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 520,
  phrase: 'Web Server Returns an Unknown Error',
  formerPhrases: [],
  alsoKnownAs: [
    {
      phrase: 'Web server is returning an unknown error',
      note: 'The heading of the error page Cloudflare serves with 520; its documentation titles the error "web server returns an unknown error".',
      source: 'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/',
    },
  ],
  status: 'unofficial',
  vendor: 'Cloudflare',
  spec: documentSource(
    'Cloudflare docs, Cloudflare 5xx errors: Error 520',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-520/',
  ),
  summary:
    'Cloudflare reached the origin, but what came back was empty, malformed or otherwise not a usable HTTP response. Cloudflare replaces it with its own error page carrying status 520.',
  definition:
    "Cloudflare documents that error 520 occurs when the origin server returns an empty, unknown, or unexpected response to Cloudflare (Cloudflare docs, Error 520). It is Cloudflare's catch-all for origin responses it cannot pass on; refused connections, timeouts and TLS failures have their own codes (521, 522, 524, 525, 526).",
  whenToUse:
    'An origin should never send 520: it is the edge reporting on the origin. Causes Cloudflare lists: origin crashes or misconfiguration, firewalls or security plugins blocking Cloudflare IPs, oversized response headers (often too many cookies), responses without a status code or headers, an origin that accepts HTTP/2 via ALPN but does not handle it correctly, and Authenticated Origin Pulls enabled while the origin is not configured for it. An origin that is merely failing should send a real 500, 502 or 503, which Cloudflare passes on.',
  clientBehavior:
    "Browsers render Cloudflare's error page (\"Web server is returning an unknown error\", with a Ray ID); the origin's own output is not shown. Closed status enums do not know it: Python's http.HTTPStatus(520) raises ValueError and Go's http.StatusText(520) returns an empty string.",
  cachingBehavior:
    "The page is Cloudflare's error page for a broken origin response, not your content. With Always Online enabled, Cloudflare can answer requests that fail with 520-527 from a stale copy in its cache or an Internet Archive snapshot of popular pages (Cloudflare docs, Always Online).",
  seoImpact:
    "Googlebot receives the 520 and handles it as a 5xx: crawling slows down, and URLs that keep failing are eventually dropped from the index. 520s are often intermittent (Cloudflare notes they are common with PHP applications that crash the origin), so check Search Console's crawl statistics for server errors your own tests never reproduce.",
  apiImpact:
    'API clients get an HTML page instead of your JSON error, so check the status before parsing. The origin may have processed the request before its response went wrong, so a 520 on POST does not mean nothing happened. Cloudflare support asks for the cf-ray value of the failing response; log the CF-RAY response header in clients.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'idempotent-only',
    backoff: true,
    advice:
      'A GET can be retried with backoff, since intermittent 520s often come from one crashing worker. Do not retry POST and other non-idempotent requests automatically: the origin received the request and may have acted on it (RFC 9110 §9.2.2).',
  },
  scenarios: [
    'A PHP application segfaults on one template; Cloudflare receives a closed connection with no response and shows 520 for that page only.',
    "An application sets many large cookies; its response headers exceed Cloudflare's limits and visitors get 520 although the origin logged a 200.",
    'HTTP/2 to Origin is enabled and the origin advertises h2 through ALPN but mishandles it; requests fail with 520 until HTTP/2 to Origin is turned off.',
  ],
  mistakes: [
    "Looking for the cause at Cloudflare: 520 means the origin's response was the problem; the origin's error log and the logs of load balancers, proxies or firewalls in front of it hold the explanation (Cloudflare docs).",
    "Testing the origin directly with curl, seeing 200 and closing the ticket: the fault can depend on Cloudflare's path (its IPs blocked, HTTP/2 negotiation, header size); compare with the record set to DNS-only.",
    'Returning 520 from an application to mean "unknown error": clients and on-call engineers will blame Cloudflare; send 500.',
  ],
  related: [502, 500, 521, 444, 524],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
