import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 410,
  phrase: 'Gone',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.11'),
  summary:
    'The resource was here, was removed on purpose and is not coming back. Unlike 404, the server states that the absence is likely permanent.',
  definition:
    'Access to the target resource is no longer available at the origin server and the condition is likely to be permanent; a server that does not know whether it is permanent ought to use 404 instead (RFC 9110 §15.5.11). The code exists mainly for web maintenance: it tells recipients the resource is intentionally unavailable and that its owners want remote links to it removed. A 410 is heuristically cacheable (RFC 9110 §15.5.11).',
  whenToUse:
    "For content you removed deliberately and will not replace: an expired promotion, a closed account's profile, a retired API version. If there is a successor, redirect with 301 or 308 instead; if the removal was required by law, 451 says so. RFC 9110 §15.5.11 does not require marking every removed resource as gone, nor keeping the 410 for any length of time.",
  clientBehavior:
    'Browsers show the body like any error page, and nothing in HTTP makes them delete bookmarks. Link checkers, feed readers and crawlers can read 410 as "drop this URL for good" instead of "try again later", which is the maintenance use RFC 9110 §15.5.11 describes.',
  cachingBehavior:
    'Heuristically cacheable (RFC 9110 §15.5.11), which suits a state meant to be permanent: without explicit headers a cache may reuse it (RFC 9111 §4.2.2), and Cloudflare documents a default of 3 minutes for a 410 without cache headers. Give it a long explicit max-age if the removal is final, or a short one if you might restore the URL.',
  seoImpact:
    'Google documents that all 4xx codes except 429 are handled the same way, so a 410 removes the URL from the index just as a 404 does, and its body is ignored. Use it because it is accurate, not as a faster removal tool; for urgent removal Search Console has a Removals tool. Take the URL out of sitemaps and internal links as well.',
  apiImpact:
    'APIs use 410 for retired endpoints and versions, which tells SDKs to stop calling rather than retry, and for records purged after a retention period, where 404 would hide that the ID was once valid. Announce a planned retirement with the Sunset header (RFC 8594) before the endpoint starts answering 410.',
  heuristicallyCacheable: true,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Do not retry: the server says the resource is gone for good. Remove the URL from stored links, bookmarks, job queues and sitemaps.',
  },
  scenarios: [
    'A retailer discontinues a product with no replacement and answers its page with 410.',
    'An API shuts down /v1/ after the date announced in its Sunset header; every /v1/ request then returns 410 with a body pointing to /v2/.',
    "A social network answers a deleted account's profile URL with 410 once the deletion is final.",
  ],
  mistakes: [
    'Returning 410 for content that is only temporarily unavailable or might return: clients and link maintainers are told to forget the URL; use 404 or 503.',
    'Answering 410 for URLs that have a successor page, throwing away visitors and links that a 301 or 308 would pass on.',
    'Expecting 410 to take a page out of Google faster than 404: Google documents the same handling for both.',
  ],
  related: [404, 301, 308, 451],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
