import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 404,
  phrase: 'Not Found',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.5'),
  summary:
    'The server has nothing to send for this URL, or will not admit that something exists there. It does not say whether the absence is temporary or permanent.',
  definition:
    'The origin server did not find a current representation for the target resource or is not willing to disclose that one exists; a 404 does not indicate whether the condition is temporary or permanent, and 410 is preferred when the server knows it is likely permanent (RFC 9110 §15.5.5). A 404 is heuristically cacheable (RFC 9110 §15.5.5).',
  whenToUse:
    'For any URL that maps to no resource: a mistyped path, a page deleted without a replacement, an ID that does not exist. If you know the removal is deliberate and permanent, 410 is preferred (RFC 9110 §15.5.5); if the content moved, redirect with 301 or 308. It is also the sanctioned way to hide a forbidden resource (RFC 9110 §15.5.4). A URL that exists but does not support the method gets 405, not 404.',
  clientBehavior:
    'Browsers render the error page the server sends, so that body is the place for a search box or useful links; a missing script, stylesheet or image fails without telling the user and shows up in DevTools. Link checkers record the URL as broken. Because a 404 is heuristically cacheable, a browser cache or proxy may keep answering "not found" for a URL published after the 404 was stored, until that stored response goes stale (RFC 9111 §4.2.2).',
  cachingBehavior:
    "CDNs reuse 404s without cache headers for a heuristic lifetime (RFC 9111 §4.2.2): Cloudflare documents a default of 3 minutes for a 404 without cache headers, and Google Cloud CDN's negative caching lets you set a TTL for 404. Send an explicit, short max-age, or no-store on URLs you are about to publish, so a new page is not hidden behind a cached 404.",
  seoImpact:
    'Google documents that a 404 tells its indexing pipeline the content does not exist: a new URL is not indexed, an indexed one is removed, and the body is ignored. 404s for URLs that never should have existed are normal. An error page served with 200 instead is reported in Search Console as a soft 404, and so can a redirect of every missing URL to the home page.',
  apiImpact:
    'Both "no such route" and "no such record" are 404, so include an error code in the body (e.g. {"error": "order_not_found"}) to tell them apart. A search or list endpoint that matches nothing answers 200 with an empty list, not 404. A client retrying a DELETE whose first attempt succeeded gets 404 and should treat it as done. GitHub\'s API answers 404 rather than 403 for private repositories the caller cannot see, so there a 404 can mean "not authenticated".',
  heuristicallyCacheable: true,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Repeating the request returns the same 404 until the resource is created. Retry only when you expect it to appear, such as polling for an export you just requested or reading right after a write to an eventually consistent store, and then with backoff and a limit.',
  },
  scenarios: [
    'A site redesign deletes pages without redirects, and visitors from old links and search results land on the 404 page.',
    'A deploy replaces hashed assets (app.3f2a.js); browsers still holding the old HTML request the old file name, get 404, and show a broken page until reloaded.',
    'GET /api/orders/9999 for an ID that does not exist returns 404 with {"error": "order_not_found"}.',
    "GitHub's API returns 404 for a private repository when the token has no access to it, instead of admitting that it exists.",
  ],
  mistakes: [
    'Serving the "page not found" template with status 200: search engines report it as a soft 404, and monitoring sees no errors.',
    'Redirecting every missing URL to the home page: users lose the context, and Google may treat the redirects as soft 404s.',
    'Answering 404 when the route exists but the method does not, so clients never learn what is allowed; that is 405 with Allow.',
    'Letting a CDN or browser keep a 404 for a long heuristic or explicit lifetime, so content published later stays invisible until the stored 404 expires.',
  ],
  related: [410, 403, 405, 451, 301],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
