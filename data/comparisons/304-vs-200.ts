import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [304, 200],
  theme: 'caching and validation',
  intro:
    'Both codes end a successful GET, and in access logs a page view can show either one for the same URL. The difference is who holds the body: a 200 carries it, a 304 tells a client that already holds a valid copy to reuse it. A 304 can only ever answer a conditional request, so seeing one means a validator round-trip worked.',
  pairAspects: [
    {
      aspect: 'Content on the wire',
      cells: [
        'None: the response ends with its header section and cannot carry content or trailers (RFC 9110 §15.4.5).',
        'The representation itself, unless the method is HEAD or the framing says the content has zero length (RFC 9110 §15.3.1).',
      ],
    },
    {
      aspect: 'What triggers it',
      cells: [
        'An If-None-Match that matches the current ETag (weak comparison), or, without If-None-Match, an If-Modified-Since no earlier than Last-Modified (RFC 9110 §13.1.2, §13.1.3).',
        'Any successful request with no precondition, or one whose If-None-Match and If-Modified-Since conditions evaluated to true because the resource changed.',
      ],
    },
    {
      aspect: 'Validator header fields',
      cells: [
        'Must repeat the ETag, Cache-Control, Expires, Vary, Content-Location and Date the 200 would have sent, so caches can refresh the stored response (RFC 9110 §15.4.5).',
        'Should send a strong ETag and Last-Modified on GET and HEAD, which is what makes a later 304 possible (RFC 9110 §15.3.1).',
      ],
    },
    {
      aspect: 'Effect on a stored copy',
      cells: [
        'Updates the header fields of the stored response it validates and renews its freshness; the stored body is kept (RFC 9111 §4.3.4).',
        'Replaces the stored response: a full response to a conditional request means none of the stored copies was still valid (RFC 9111 §4.3.3).',
      ],
    },
  ],
  keyDifference:
    'A 200 transfers the representation; a 304 confirms that the copy the client already stores is the current one and transfers none.',
  decisionRule:
    'Evaluate If-None-Match (or, if absent, If-Modified-Since) against the representation you are about to send: if it matches, answer 304 with the same validators and cache fields and no body; if it does not match or the request has no condition, answer 200 with the body and fresh validators.',
  commonMistake:
    'Answering every request with 200 because the framework never compares If-None-Match with the ETag it computed: each revalidation by a browser or CDN re-downloads an unchanged body, and the ETag is generated for nothing. The opposite mistake, a 304 to a request without a validator, leaves clients with an empty response and nothing cached to show.',
  faq: [
    {
      question: 'Is a 304 an error or a redirect?',
      answer:
        'Neither. It is a successful outcome: RFC 9110 lists it with the 3xx codes only because it points the client to its own stored copy, and it has no Location field to follow. Logging 304s as failures inflates error rates on any site with working caching.',
    },
    {
      question: 'Why does my server return 200 even though the browser sent If-None-Match?',
      answer:
        'Usually the ETag changed: per-process or per-machine tags (inode numbers, timestamps) differ between replicas, compression middleware alters the tag, or the server compares strongly and a proxy weakened the tag to W/"…". RFC 9110 §13.1.2 requires the weak comparison for If-None-Match, so W/"x" must match "x".',
    },
    {
      question: 'Should a 304 include Content-Length?',
      answer:
        "It may, but only with the value the 200 would have carried; RFC 9110 §8.6 forbids any other value. A frequent bug is Content-Length: 0 on every 304, which misstates the representation's length. Caches never copy Content-Length from a 304 into the stored response (RFC 9111 §3.2), so leaving the field out is the simplest correct choice.",
    },
    {
      question: 'Does Googlebot use 304?',
      answer:
        'Yes. Google documents that its crawlers send conditional requests and treat a 304 as "the content is the same as the last crawl", so correct validators spare crawl capacity for pages that did change.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
