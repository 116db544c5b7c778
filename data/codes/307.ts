import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 307,
  phrase: 'Temporary Redirect',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.4.8'),
  summary:
    'The resource is temporarily at another URL: repeat the same request there, with the same method and body, and keep using the original URL next time. It is 302 without the POST-to-GET rewrite.',
  definition:
    'The target resource resides temporarily under a different URI, and the user agent MUST NOT change the request method if it follows the redirect automatically (RFC 9110 §15.4.8). Because the redirect can change over time, the client ought to keep using the original target URI for future requests (RFC 9110 §15.4.8). The server SHOULD put the temporary URI in Location, and the user agent MAY follow it automatically (RFC 9110 §15.4.8).',
  whenToUse:
    'For a temporary redirect where the method matters: moving API traffic for a POST, PUT or DELETE endpoint to another host during a migration or failover, or sending uploads to a regional endpoint. If the follow-up should be a GET of a result page, send 303; if the move is permanent, send 308 (or 301 for GET-only URLs).',
  clientBehavior:
    'Browsers, Python requests, Go net/http and curl -L all repeat the request with the same method and body. A body sent as a stream cannot be replayed: fetch() rejects such a redirect with a network error, and Go follows a 307 only when Request.GetBody is set, which http.NewRequest does for in-memory bodies. Chrome shows "307 Internal Redirect" in DevTools when it upgrades an http:// URL to https:// because of HSTS; that response is generated inside the browser and never came from the server.',
  cachingBehavior:
    'Not heuristically cacheable (RFC 9110 §15.1): a cache stores a 307 only if it carries explicit freshness such as Cache-Control: max-age (RFC 9111 §3). Without that, every request goes to the origin first, which is what you want for a redirect that can change.',
  seoImpact:
    'Google documents that Googlebot follows a 307 and treats it as a weak signal that the target should be canonical, the same as 302, so the original URL stays indexed. Use 301 or 308 when a page has moved for good.',
  apiImpact:
    'The safe way to redirect writes temporarily: clients repeat the POST or PUT with its body at the new URL instead of silently turning it into a GET. Credentials do not always travel with it: clients SHOULD drop or recompute headers they added automatically, such as Authorization and Cookie (RFC 9110 §15.4), and Python requests strips Authorization when the redirect leaves the original host. Next.js redirects with permanent: false send 307.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [
    header(
      'Location',
      'SHOULD',
      rfc(9110, '15.4.8'),
      'The temporary URI; the client repeats the same method and body there but keeps the original URI for later requests (RFC 9110 §15.4.8).',
    ),
  ],
  retry: {
    rule: 'follow-location',
    advice:
      'Repeat the same request at the Location, with the same method and body, and go back to the original URL afterwards. For unsafe methods automatic redirection needs care (RFC 9110 §15.4), especially if the Location points to a different host; a body that was streamed must be buffered or regenerated first.',
  },
  scenarios: [
    'A storage API answers a PUT of a large file with 307 to the node that should hold it, and the client re-sends the PUT with the same body there.',
    'A user types http://example.com into Chrome for a site on the HSTS preload list; DevTools shows a 307 Internal Redirect to https:// that never reached the network.',
    'A Next.js app configures redirects() with permanent: false for a seasonal landing page, and the framework answers with 307.',
  ],
  mistakes: [
    'Using 307 where the result should be fetched with GET after a form POST: the browser re-posts the form to the new URL; 303 is the post-redirect-get code.',
    'Sending a 307 in response to a streamed upload the client cannot replay: fetch() fails with a network error and Go returns the 307 unfollowed.',
    'Leaving a 307 in place for a permanent move: search engines keep the old URL as canonical; switch to 308 or 301.',
  ],
  related: [302, 308, 303, 301],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
