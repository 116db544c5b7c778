import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 301,
  phrase: 'Moved Permanently',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.4.2'),
  summary:
    'The resource has a new permanent URL, given in Location: clients should go there now and use it from now on. Browsers may turn a POST into a GET when they follow it.',
  definition:
    'The target resource has been assigned a new permanent URI and future references ought to use one of the enclosed URIs (RFC 9110 §15.4.2). The server SHOULD send the new URI in Location, and the user agent MAY follow it automatically (RFC 9110 §15.4.2). For historical reasons a user agent MAY change the request method from POST to GET on the follow-up request; 308 exists for when that is not wanted (RFC 9110 §15.4.2).',
  whenToUse:
    'When a URL has moved for good: a domain change, an HTTP-to-HTTPS move, a restructured site, a canonical host (www or not). It is the right choice for GET and HEAD traffic. For endpoints that receive POST, PUT or DELETE, send 308 so the method and body survive; for moves that are temporary or might be undone, send 302 or 307; for content that is gone with no replacement, send 410 rather than redirecting everything to the home page.',
  clientBehavior:
    "Browsers follow it at once and, per the Fetch standard, re-send a POST as a GET without its body; other methods are kept. curl follows only with -L and also converts POST to GET unless --post301 is given. Python requests changes POST to GET on 301, and Go's http.Client re-sends 301, 302 and 303 as GET (or HEAD) without a body. A fragment in the original URL carries over to a Location that has none (RFC 9110 §10.2.2), and clients SHOULD detect redirect loops (RFC 9110 §15.4).",
  cachingBehavior:
    'Heuristically cacheable (RFC 9110 §15.1), so a cache may store a 301 with no Cache-Control or Expires at all (RFC 9111 §4.2.2). Chromium treats such a 301 as fresh indefinitely, so the browser keeps redirecting without asking the server even after the redirect is removed. Send an explicit max-age (for example one day while testing) if the redirect might ever change.',
  seoImpact:
    'Google documents that Googlebot follows a 301 and the indexing pipeline takes it as a strong signal that the target should be canonical, so the new URL replaces the old one in results over time. Googlebot follows up to 10 redirect hops; longer chains end in a redirect error in Search Console. Redirect each old URL to its closest equivalent, not everything to the home page.',
  apiImpact:
    "A 301 on an API endpoint that receives POST is a trap: browsers, curl -L, Python requests and Go's http.Client follow it with a GET and no body, so the write is lost and the new URL may answer the GET with a 405 or a listing. Use 308 for moved write endpoints. Clients that cache redirects will keep hitting the new URL, so a 301 is hard to take back.",
  heuristicallyCacheable: true,
  contentAllowed: true,
  headers: [
    header(
      'Location',
      'SHOULD',
      rfc(9110, '15.4.2'),
      'The preferred URI of the new permanent location; without it clients have nowhere to go. A relative reference is resolved against the original target URI (RFC 9110 §10.2.2).',
    ),
  ],
  retry: {
    rule: 'follow-location',
    advice:
      'Follow the Location; for GET and HEAD this is automatic. For a POST or other unsafe method, re-sending it to the new URL needs care (RFC 9110 §15.4): confirm with the user or the API contract, and update stored links and configuration to the new URL instead of relying on the redirect each time.',
  },
  scenarios: [
    'A site moves from http:// to https:// and nginx answers every plain-HTTP request with "return 301 https://$host$request_uri;".',
    'A blog changes its URL scheme from /2019/05/post-title to /posts/post-title and maps each old path to its new one with a 301.',
    'A form on an old page still posts to /signup, which now 301-redirects to /register; the browser follows with a GET, and the submitted fields are lost.',
  ],
  mistakes: [
    'Using 301 for a temporary maintenance or A/B redirect: browsers that cached it keep redirecting after you switch it off, since Chromium treats a 301 without Cache-Control or Expires as fresh forever.',
    'Redirecting a POST endpoint with 301 and expecting the body to arrive at the new URL; use 308.',
    'Chaining redirects (http to https, then to www, then to a trailing slash): each hop costs a round trip, and Googlebot stops after 10 hops.',
    'Redirecting every removed page to the home page: Google may treat those as soft 404s, and users lose the signal that the content is gone (410 says that).',
  ],
  related: [308, 302, 307, 410, 303],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
