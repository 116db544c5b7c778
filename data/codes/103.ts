import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 103,
  phrase: 'Early Hints',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(8297, '2'),
  summary:
    'An interim response that sends some header fields, usually Link preload and preconnect hints, while the server is still preparing the final response, so the browser can start fetching stylesheets, fonts or connections early.',
  definition:
    'The server is likely to send a final response with the header fields included in the 103 (RFC 8297 §2). The fields are only hints: apart from performance optimizations, evaluating them MUST NOT affect how the final response is processed, and a client MUST NOT treat them as metadata of the 103 itself. A server MAY send several 103s and MAY include only some of the fields it expects to send. RFC 8297 is an Experimental RFC; the HTML and Fetch standards define how browsers act on it.',
  whenToUse:
    'When the final response needs noticeable server time (a database query, an upstream fetch, server-side rendering) and you already know which critical subresources or third-party origins the page needs: send Link: <...>; rel=preload or rel=preconnect in the 103, then the final response. Because HTTP/1.1 clients that mishandle informational responses can misread the rest of the connection, RFC 8297 §3 suggests refraining from sending it over HTTP/1.1 unless the client is known to cope; Chrome only acts on it over HTTP/2 or later, and MDN notes that most browsers limit support the same way. It gains nothing when the final response is already fast, such as an HTML page served from a CDN cache.',
  clientBehavior:
    "Chrome acts on Early Hints since version 103, and Firefox implements them too; MDN notes that most browsers only do so over HTTP/2 or later. Chrome handles preload and preconnect hints for top-level navigations only, ignores 103s on subresource requests, iframes and HTTP/1.1, and processes only the first 103 of a response; Firefox's networking documentation also says only the first 103 is processed. Other clients skip the 103 and wait for the final response, as RFC 9110 §15.2 requires every client to be able to do.",
  cachingBehavior:
    'A 103 itself is never stored: caches only store responses with a final status code (RFC 9111 §3). Caching intermediaries can generate one, though: RFC 8297 §2 describes a cache sending a 103 built from a stale stored response while it revalidates, and Cloudflare and Akamai offer Early Hints features that answer from the edge with a 103 before the origin responds.',
  seoImpact:
    "No direct effect: indexing uses the final response, and Google's documentation on how status codes affect Search does not cover 103. Indirectly, resources preloaded earlier can improve Largest Contentful Paint for Chrome users, which is what Core Web Vitals field data measure.",
  apiImpact:
    'Of little use for JSON APIs: browsers apply Early Hints to navigations only, and an API client has nothing to preload. An HTTP/1.1 client that mistakes a 103 for the final response misreads every later response on the connection, which RFC 8297 §3 calls a possible cross-origin information disclosure.',
  heuristicallyCacheable: false,
  contentAllowed: false,
  headers: [],
  retry: {
    rule: 'not-needed',
    advice:
      "Nothing to retry: the 103 is a preview and the final response is still on its way. If a hint turns out wrong, the final response's own header fields are authoritative; a client never re-requests anything because of a 103.",
  },
  scenarios: [
    'A server-rendered product page needs 300 ms of database work; the server first sends 103 with Link: </app.css>; rel=preload; as=style and Link: <https://fonts.example>; rel=preconnect, and Chrome fetches both before the HTML arrives.',
    "With Cloudflare's Early Hints enabled, the edge remembers the preload and preconnect Link headers from earlier HTML responses and replays them as a 103 on later requests while it waits for the origin.",
    'A developer checks whether a hint was used: in Chrome, the preloaded resource\'s PerformanceResourceTiming entry reports initiatorType "early-hints".',
  ],
  mistakes: [
    'Sending 103 over HTTP/1.1 to clients that take it for the final response: they then read the real response as the start of the next one, the failure RFC 8297 §3 warns about.',
    'Hinting resources the final page does not use: the browser downloads them anyway, competing with what the page really needs.',
    'Putting the important hints in a second 103: Chrome and Firefox only process the first 103 of a response.',
    'Expecting fields in the 103 to take effect on their own: they describe the expected final response, so anything the final response needs, such as Content-Type or the Link headers themselves, must be sent again there (RFC 8297 §2).',
  ],
  related: [100, 200, 304, 102],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
