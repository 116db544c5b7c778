import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 308,
  phrase: 'Permanent Redirect',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.4.9'),
  summary:
    'The resource has a new permanent URL: repeat this request there with the same method and body, and use the new URL from now on. It is 301 without the POST-to-GET rewrite.',
  definition:
    'The target resource has been assigned a new permanent URI and future references ought to use one of the enclosed URIs (RFC 9110 §15.4.9). The server SHOULD send the new URI in Location and the user agent MAY follow it automatically (RFC 9110 §15.4.9). It was added by RFC 7538 (first as RFC 7238 in 2014) as the method-preserving counterpart of 301, the way 307 is to 302 (RFC 9110 §15.4), and RFC 9110 notes it is younger than its siblings and might not be recognized everywhere (§15.4.9).',
  whenToUse:
    'For permanent moves where requests other than GET must keep their method and body: a renamed API endpoint, an API moved to a new host or version path, an upload URL that changed. For plain web pages 301 and 308 behave the same in browsers, so either works. If the move is temporary, send 307; if the client should fetch a result with GET, send 303.',
  clientBehavior:
    'Current browsers, Python requests, Go net/http and curl -L repeat the request with the same method and body at the new URL. As with 307, a streamed body that cannot be replayed makes fetch() fail and makes Go return the 308 unfollowed unless Request.GetBody is set. A client that does not know 308 must treat it as 300 (RFC 9110 §15), so servers cannot rely on it redirecting automatically; RFC 7538 §4 points to an HTML meta refresh in the body as a fallback for such user agents.',
  cachingBehavior:
    'Heuristically cacheable (RFC 9110 §15.1), like 301: a cache may reuse it with no Cache-Control or Expires (RFC 9111 §4.2.2). Chromium treats a 308 without explicit freshness as fresh indefinitely and keeps redirecting without asking the server. Set a finite max-age if there is any chance of undoing the move.',
  seoImpact:
    'Google documents that Googlebot treats 308 the same as 301: it follows the redirect and the indexing pipeline takes it as a strong signal that the target should be canonical. Googlebot follows up to 10 redirect hops.',
  apiImpact:
    'The correct permanent redirect for API endpoints that receive writes: a client following it repeats the POST, PUT or DELETE at the new URL instead of silently issuing a GET. Next.js redirects with permanent: true send 308, so framework users meet it on ordinary pages too. Update stored base URLs in clients rather than paying for a redirect on every call.',
  heuristicallyCacheable: true,
  contentAllowed: true,
  headers: [
    header(
      'Location',
      'SHOULD',
      rfc(9110, '15.4.9'),
      'The preferred URI of the new permanent location; clients repeat the same method and body there and may update stored links (RFC 9110 §15.4.9).',
    ),
  ],
  retry: {
    rule: 'follow-location',
    advice:
      'Repeat the same request, method and body unchanged, at the Location, and store the new URL for future requests. For unsafe methods automatic redirection needs care (RFC 9110 §15.4), especially across hosts; buffer or regenerate a streamed body first.',
  },
  scenarios: [
    'An API moves from api.example.com/v1/orders to orders.example.com/v1/orders and answers old POSTs with 308, so clients that follow redirects keep creating orders at the new host.',
    'A Next.js site declares a redirect with permanent: true from /blog/:slug to /posts/:slug, and visitors and crawlers receive 308.',
    'A script runs curl -L --data @order.json (a POST) against an endpoint that now answers 308; curl re-sends the POST with its body to the new URL, where a 301 would have made it send a GET.',
  ],
  mistakes: [
    'Serving 308 to clients old enough not to know it: they treat it as 300 and may not redirect, so include a link or meta refresh in the body (RFC 7538 §4).',
    'Using 308 for a temporary move: Chromium keeps a 308 without explicit freshness like a 301, and goes on redirecting after it is removed; use 307.',
    'Choosing the status by User-Agent (308 for new clients, 301 for old ones): RFC 7538 §4 advises against it, as it is hard to maintain and needs Vary for caching.',
  ],
  related: [301, 307, 302, 300],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
