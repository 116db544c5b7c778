import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 203,
  phrase: 'Non-Authoritative Information',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.3.4'),
  summary:
    "A successful response whose content a proxy has changed on the way: it started as the origin server's 200, but what arrives is not byte-for-byte what the origin sent.",
  definition:
    "The request was successful, but the enclosed content has been modified from the origin server's 200 (OK) response by a transforming proxy (RFC 9110 §15.3.4). A proxy that transforms the content of a 200 can signal it by changing the status to 203 (RFC 9110 §7.7), since later decisions may depend on it: cache validation requests for the content, for example, might only be applicable along the same path through the same proxies.",
  whenToUse:
    'Only in a proxy that changes content in a way the sender would care about: recompressing images, stripping malware, annotating or translating pages. Since RFC 7231 the definition no longer covers an origin server whose metadata was gathered from a local or third-party copy, as RFC 2616 did; a server answering for its own resources sends 200. A proxy MUST NOT transform content at all when the response carries Cache-Control: no-transform (RFC 9110 §7.7).',
  clientBehavior:
    'Browsers and HTTP libraries treat 203 as a success like 200: pages render, and fetch() reports ok true. Few clients act on the difference, so its value lies in logs and integrity checks, and code that tests for status 200 instead of the 2xx range wrongly treats it as a failure.',
  cachingBehavior:
    'Heuristically cacheable (RFC 9110 §15.3.4): without explicit freshness a cache may reuse it for a heuristic lifetime (RFC 9111 §4.2.2). Its validators describe the transformed content, so RFC 9110 §15.3.4 warns that validation requests for it might only be applicable along the same path, through the same proxies. An origin that wants no transformation at all sends no-transform (RFC 9111 §5.2.2.6).',
  seoImpact:
    'Google documents that content received with a 2xx status may be considered for indexing, and does not list 203 separately. Crawlers rarely see it, because it is produced by transforming proxies between a user and the web, not by the sites being crawled.',
  apiImpact:
    'A 203 warns that the payload is not what the origin produced, which matters for signed tokens, checksummed downloads and binary formats: send Cache-Control: no-transform and verify digests. The Warning field with its 214 (Transformation Applied) code once carried the same signal but is obsoleted (RFC 9111 §5.5), which leaves 203 as the standard status-level hint.',
  heuristicallyCacheable: true,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'not-needed',
    advice:
      'The request succeeded, so there is nothing to retry. If the transformed content is unusable, request it again with Cache-Control: no-transform, which asks intermediaries not to transform (RFC 9111 §5.2.1.6), or over HTTPS without a TLS-intercepting proxy, where an intermediary cannot alter it.',
  },
  scenarios: [
    "An operator's optimizing proxy recompresses JPEGs on plain-HTTP pages to save bandwidth and changes the status from 200 to 203, as RFC 9110 §7.7 allows.",
    'A corporate security proxy removes a script from a downloaded HTML page and passes it on as 203, so downstream tools can tell it is no longer the original.',
    'An API client verifies the checksum of a JSON response, sees a mismatch together with a 203, and finds a proxy rewriting bodies on the route.',
  ],
  mistakes: [
    'Origin servers answering 203 for data they took from a cache or a third-party feed, following the RFC 2616 wording: today the code says a proxy altered the content, and clients that only accept 200 treat it as an error.',
    'Checking status == 200 instead of the 2xx class in client code, so a good 203 fails the request.',
    'Transforming a response marked no-transform, which RFC 9110 §7.7 forbids: signed, checksummed or medical data stops matching what the origin sent.',
  ],
  related: [200, 204, 206, 304],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
