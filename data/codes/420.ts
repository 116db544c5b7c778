import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 420,
  phrase: 'Enhance Your Calm',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Twitter',
  otherUses: [
    {
      vendor: 'Spring Framework',
      meaning:
        'HttpStatus.METHOD_FAILURE (420, "Method Failure"), a constant from an early WebDAV draft that never made it into the published WebDAV RFCs, deprecated through Spring Framework 6.2 and removed in 7.0. The npm package http-status-codes still names 420 StatusCodes.METHOD_FAILURE, marked deprecated.',
      source:
        'https://github.com/spring-projects/spring-framework/blob/v6.2.0/spring-web/src/main/java/org/springframework/http/HttpStatus.java',
    },
  ],
  spec: documentSource(
    'Connecting to a streaming endpoint (Twitter API v1.1 documentation)',
    'https://developer.x.com/en/docs/twitter-api/v1/tweets/filter-realtime/guides/connecting',
  ),
  summary:
    'Twitter\'s own code for "you are being rate limited": its version 1 Search and Trends APIs and its streaming endpoints answered 420 where the registered 429 now applies.',
  definition:
    'Twitter returned "420 Enhance Your Calm" from its version 1 Search and Trends APIs when a client was rate limited, and its streaming endpoints used it for clients that connected too often. Twitter\'s documentation told streaming clients to back off exponentially after a 420, starting with one minute and doubling each attempt, and warned that every further 420 lengthened the penalty. API v1.1 REST endpoints report rate limiting with the standard 429 Too Many Requests (RFC 6585).',
  whenToUse:
    'Do not use it in new APIs. Rate limiting has a registered code, 429, with an optional Retry-After header (RFC 6585 §4); an overloaded service as a whole sends 503.',
  clientBehavior:
    'Generic retry helpers do not recognise it as rate limiting: code written for 429 and Retry-After ignores a 420 unless it is added explicitly, which is why old Twitter client libraries had dedicated 420 handling.',
  cachingBehavior: 'A rate-limit response has no reason to carry the explicit freshness a cache would need to store it (RFC 9111 §3).',
  seoImpact:
    'No crawler-facing site uses it. Google documents that 429 slows crawling like a 5xx, while other 4xx codes make URLs drop out of the index; a 420 would be read as an ordinary 4xx, the opposite of the intended "come back later".',
  apiImpact:
    "Clients of legacy Twitter-style APIs must treat 420 exactly like 429: stop, back off, and reconnect slowly. Reconnecting immediately after a 420 extends the rate limit, per Twitter's streaming guidance.",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'after-delay',
    backoff: true,
    advice:
      "Retry only after backing off: Twitter's streaming guidance was to wait one minute after the first 420 and double the wait on each further attempt. Reconnecting sooner makes the penalty longer.",
  },
  scenarios: [
    'A script using the v1.1 statuses/filter stream restarts in a tight loop after a crash and starts receiving 420 Enhance Your Calm on every connection attempt.',
    'Two copies of the same streaming client run with the same credentials, keep disconnecting each other, and the reconnection attempts end in 420.',
    'A developer maintaining old Tweepy code finds an on_error handler that returns False on status 420 to stop the stream instead of reconnecting.',
  ],
  mistakes: [
    'Copying 420 into a new API as a rate-limit code: clients, gateways and crawlers understand 429, not 420.',
    "Retry logic that backs off on 429 and 503 but retries 420 immediately, which for Twitter's streams made the penalty grow with every attempt.",
    "Treating Spring's METHOD_FAILURE(420) and Twitter's 420 as the same thing; the number means different things to different vendors precisely because it is unregistered.",
  ],
  related: [429, 503],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
