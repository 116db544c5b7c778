import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 405,
  phrase: 'Method Not Allowed',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.6'),
  summary:
    'The URL exists but does not accept this request method, for example a POST to a read-only page; the Allow header lists the methods it does accept.',
  definition:
    "The method in the request line is known by the origin server but not supported by the target resource, and the origin server MUST send an Allow header listing the resource's currently supported methods (RFC 9110 §15.5.6). A 405 is heuristically cacheable (RFC 9110 §15.5.6).",
  whenToUse:
    'When the resource exists and the server implements the method, just not for this resource: DELETE on a collection, PUT on a read-only report, POST to a static file. RFC 9110 §9.1 says an origin server SHOULD answer a recognized, implemented method that the target does not allow with 405, and a method it does not recognize or implement at all with 501. Use 403 when the method is fine but this caller may not use it, and 404 when the resource does not exist.',
  clientBehavior:
    'Browsers show the error page; a form posted to a static HTML file is the usual way people meet one, and nginx\'s status line for it reads "405 Not Allowed". Clients can read Allow to see what would work; an empty Allow means the resource currently allows no methods, e.g. when it is disabled by configuration (RFC 9110 §10.2.1). A 405 to a CORS preflight OPTIONS request fails the preflight, so the browser never sends the actual request.',
  cachingBehavior:
    'Heuristically cacheable (RFC 9110 §15.5.6), so a cache may reuse a 405 without explicit freshness (RFC 9111 §4.2.2). In practice this concerns GET and HEAD: responses to PUT and DELETE are not cacheable, and POST responses only with explicit freshness and a matching Content-Location (RFC 9110 §9.3.3, §9.3.4, §9.3.5). If a resource may gain GET support soon, send a short explicit max-age.',
  seoImpact:
    'Crawlers fetch with GET and HEAD, so they only meet 405 when one of those is refused. A 405 on POST-only endpoints is invisible to search.',
  apiImpact:
    'Frameworks differ: Flask (Werkzeug) and Spring answer a known route called with an unsupported method with 405 and an Allow header, while Express answers 404 "Cannot POST /path" unless you add a handler. Sending 405 with Allow lets SDKs and API explorers tell a wrong method from a wrong path. An OPTIONS handler that returns the same Allow list lets clients discover methods in advance (RFC 9110 §10.2.1 permits Allow on any response).',
  heuristicallyCacheable: true,
  contentAllowed: true,
  headers: [
    header(
      'Allow',
      'MUST',
      rfc(9110, '15.5.6'),
      'Lists every method the resource currently supports, e.g. Allow: GET, HEAD, OPTIONS; an empty value means none, as when the resource is disabled by configuration (RFC 9110 §10.2.1).',
    ),
  ],
  retry: {
    rule: 'never-unchanged',
    advice:
      'The same method will keep failing. Switch to a method listed in Allow if it performs the operation you want; if none does, the action is not available at this URL.',
  },
  scenarios: [
    'A contact form posts to contact.html served by nginx as a static file, and nginx answers "405 Not Allowed" because its static file handler refuses POST.',
    'A client sends DELETE /api/invoices to the collection and receives 405 with Allow: GET, POST.',
    "A browser's CORS preflight OPTIONS request reaches a server that routes only GET and POST; the 405 fails the preflight and the console reports a CORS error for the real request.",
  ],
  mistakes: [
    'Sending 405 without Allow: it breaks a MUST (RFC 9110 §15.5.6) and leaves the client guessing.',
    'Answering a method the server does not implement anywhere, such as PROPFIND on a plain web app, with 405 instead of 501, or a wrong method on a known route with 404, as Express does by default.',
    'Using 405 when the method is supported but this user may not use it: 405 describes the resource, not the caller, and the answer for a permission problem is 403.',
  ],
  related: [501, 404, 403, 400],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
