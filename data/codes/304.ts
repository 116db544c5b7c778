import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

// Every header below is a MUST only "if the field would have been sent in a
// 200 (OK) response to the same request" (RFC 9110 §15.4.5).
const repeatedFrom200 = 'Required when the 200 response to the same request would have carried it (RFC 9110 §15.4.5).';

export default {
  code: 304,
  phrase: 'Not Modified',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.4.5'),
  summary:
    'Cache validation succeeded: your cached copy is still current, so the server answered a conditional GET or HEAD without resending the body, and the client reuses what it already stored.',
  definition:
    'A conditional GET or HEAD would have produced a 200 (OK), but its If-None-Match or If-Modified-Since condition evaluated to false, so the server tells the client to use its stored representation instead of transferring it again (RFC 9110 §15.4.5).',
  whenToUse:
    'Only as the answer to a GET or HEAD that carries If-None-Match or If-Modified-Since, when the current representation still matches the validator the client sent (RFC 9110 §13.2.2, steps 3 and 4). Send it from code that compares validators; never send it to a request that had no condition.',
  clientBehavior:
    'The client (usually its cache) picks the stored response that the 304 validates, replaces that response\'s header fields with the ones in the 304, and serves the stored body as if it were the content of a 200 (RFC 9111 §4.3.4). Browsers show the page from cache and DevTools reports "304 Not Modified".',
  cachingBehavior:
    "A 304 refreshes a stored response rather than replacing it: caches use its strong validators (or, failing those, weak ones) to pick the stored response to update, then replace that response's header fields with the ones in the 304, so a new Cache-Control or Expires renews its freshness (RFC 9111 §4.3.4, §3.2). The 304 itself is not in the heuristically cacheable list (RFC 9110 §15.1). Other representation metadata SHOULD NOT be sent unless it guides cache updates, such as Last-Modified when the response has no ETag (RFC 9110 §15.4.5).",
  seoImpact:
    'Google documents that a 304 tells its indexing pipeline the content is the same as at the last crawl; the URL keeps its indexed content. Answering If-Modified-Since or If-None-Match correctly saves crawl bandwidth on large sites.',
  apiImpact:
    'Clients that keep the ETag of a resource and send it back in If-None-Match receive a 304 with no body when nothing changed, so polling an unchanged resource costs a header section instead of a payload. HTTP libraries without a cache hand the raw 304 to your code: treat it as "use what you have", never as an error.',
  heuristicallyCacheable: false,
  contentAllowed: false,
  headers: [
    header('ETag', 'MUST', rfc(9110, '15.4.5'), repeatedFrom200),
    header('Cache-Control', 'MUST', rfc(9110, '15.4.5'), repeatedFrom200),
    header('Expires', 'MUST', rfc(9110, '15.4.5'), repeatedFrom200),
    header('Vary', 'MUST', rfc(9110, '15.4.5'), repeatedFrom200),
    header('Content-Location', 'MUST', rfc(9110, '15.4.5'), repeatedFrom200),
    header(
      'Date',
      'MUST',
      rfc(9110, '15.4.5'),
      'Required whenever the 200 would carry one, which for an origin server with a clock is always (RFC 9110 §6.6.1).',
    ),
  ],
  retry: {
    rule: 'not-needed',
    advice:
      'There is nothing to retry: the exchange succeeded and the stored body is the answer. Repeating the request without its validator forces a full 200 and only wastes bandwidth.',
  },
  scenarios: [
    'A browser reloads a page whose CSS and JavaScript carry ETags; each file comes back as a 304 of a few hundred bytes and is taken from the disk cache.',
    'A CDN whose stored copy has gone stale revalidates it with the origin using If-None-Match, gets a 304, and keeps serving the copy it already holds with a renewed lifetime.',
    'An API client polls GET /orders/42 with If-None-Match; it sees 304 until the order changes, then a 200 with the new ETag.',
  ],
  mistakes: [
    'Sending a body, or a Content-Length that does not match the 200, with a 304: HTTP/1.1 clients then read the stray bytes as the start of the next response on the connection (RFC 9110 §15.4.5, RFC 9112 §6.3).',
    'Returning 304 to a request that carried no If-None-Match or If-Modified-Since: a client without a stored copy has nothing to reuse and shows an empty response.',
    'Omitting ETag, Cache-Control or Vary from the 304 although the 200 carried them, so caches update the stored response with stale or missing metadata.',
    'Comparing If-None-Match strongly, so a tag weakened to W/"…" by a compressing proxy never matches and every revalidation turns into a full 200 (RFC 9110 §13.1.2 requires the weak comparison).',
    'Treating 304 as a redirect to follow: nothing in a 304 points elsewhere; the "redirect" in RFC 9110 §15.4 is to the stored copy.',
  ],
  related: [200, 412, 206, 428],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
