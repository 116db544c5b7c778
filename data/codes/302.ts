import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 302,
  phrase: 'Found',
  formerPhrases: ['Moved Temporarily'],
  status: 'standard',
  spec: rfc(9110, '15.4.3'),
  summary:
    'The resource is temporarily at another URL, given in Location: follow it this time, but keep using the original URL. Browsers turn a POST into a GET when they follow it.',
  definition:
    'The target resource resides temporarily under a different URI, and since the redirection might change, the client ought to keep using the original target URI for future requests (RFC 9110 §15.4.3). The server SHOULD send the temporary URI in Location; the user agent MAY follow it automatically and, for historical reasons, MAY change POST to GET when it does, which is why 307 exists (RFC 9110 §15.4.3). HTTP/1.0 (RFC 1945) and RFC 2068 called it "Moved Temporarily"; RFC 2616 renamed it "Found".',
  whenToUse:
    'For temporary redirects of GET requests: sending a logged-out user to the login page, routing to a regional mirror, a short maintenance page. To redirect after a form POST to a result page, 303 states that intent exactly; to keep the method and body (an API PUT or POST), send 307; if the move is permanent, send 301 or 308.',
  clientBehavior:
    "Browsers follow it and, per the Fetch standard, re-send a POST as a GET without its body while keeping other methods. Python requests goes further and turns any method except HEAD into GET on a 302, and Go's http.Client re-sends 301, 302 and 303 as GET (or HEAD) without a body. curl follows only with -L and converts POST to GET unless --post302 is given. When following it, a client SHOULD remove header fields it generated automatically, such as Authorization and Cookie, and replace them with values appropriate to the new request (RFC 9110 §15.4); Python requests strips Authorization when the redirect leaves the original host.",
  cachingBehavior:
    "Caches store a 302 only when the response explicitly allows it, for example with Cache-Control: max-age, public or an Expires field (RFC 9111 §3). That makes a 302 easy to change or remove later, unlike a 301, which caches may reuse for a heuristic lifetime. Login redirects that depend on a cookie need Cache-Control: private or no-store so a shared cache does not send one user's redirect to another.",
  seoImpact:
    'Google documents that Googlebot follows a 302 and the indexing pipeline takes it as a weak signal that the target should be canonical, so the original URL usually stays in results. If the move is really permanent, a long-lived 302 delays consolidation; switch to 301 or 308.',
  apiImpact:
    "Framework redirect helpers default to 302 (Express res.redirect, Flask redirect, Django redirect, Rails redirect_to), so many APIs send it without anyone choosing it. For non-GET requests its method rewriting is client-dependent; use 303 when you want the follow-up to be a GET and 307 when it must repeat the same method and body. OAuth 2.0 authorization endpoints commonly send the user back to the client's redirect URI with a 302.",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [
    header(
      'Location',
      'SHOULD',
      rfc(9110, '15.4.3'),
      'The URI of the temporary location. Clients keep the original URL for future requests, so this value can change from response to response (RFC 9110 §15.4.3).',
    ),
  ],
  retry: {
    rule: 'follow-location',
    advice:
      'Follow the Location for this request only and keep the original URL for the next one. Automatically following a redirect of an unsafe method needs care (RFC 9110 §15.4); if the method must be kept, the server should have sent 307.',
  },
  scenarios: [
    'A user opens /account while logged out and is sent with 302 to /login?next=/account; after signing in, the app redirects back to /account.',
    "An OAuth 2.0 authorization server redirects the browser with 302 to the client's callback URL carrying ?code=... after the user approves access.",
    'A download link /latest answers 302 to /releases/v4.2.1.tar.gz, so the link stays the same while the target changes with each release.',
  ],
  mistakes: [
    'Using 302 for a permanent move such as HTTP to HTTPS or a domain change: search engines keep the old URL as canonical for longer.',
    'Redirecting a PUT or DELETE with 302 and expecting the method to survive: Python requests and Go turn it into GET, so the write never reaches the target.',
    "Caching a cookie-dependent login redirect in a shared cache (explicit max-age without private), so other visitors are sent to someone else's destination.",
    'Building an open redirect: taking the Location from a query parameter such as ?next= without checking it against an allow-list lets attackers use your domain to send users to phishing pages.',
  ],
  related: [303, 307, 301, 308],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
