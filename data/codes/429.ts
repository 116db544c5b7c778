import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 429,
  phrase: 'Too Many Requests',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(6585, '4'),
  summary:
    'You have sent more requests than this server allows in a period of time; slow down, and wait as long as Retry-After says before trying again.',
  definition:
    'The user has sent too many requests in a given amount of time ("rate limiting") (RFC 6585 §4). The response SHOULD explain the condition and MAY include Retry-After; the RFC leaves open how the server identifies the user and counts requests, whether per resource, per server or across a set of servers (RFC 6585 §4). A 429 MUST NOT be stored by a cache (RFC 6585 §4).',
  whenToUse:
    'When one client, identified by credentials, API key, cookie or address, exceeds a quota you enforce. If the whole service is overloaded for everyone, send 503 instead; if the client may never make this request, send 403. Under attack, RFC 6585 §7.2 notes that answering each request with 429 costs resources and that dropping connections can be the better choice.',
  clientBehavior:
    'Browsers show the body and do not retry. urllib3, the retry layer under Python requests, lists 413, 429 and 503 in Retry.RETRY_AFTER_STATUS_CODES and, when retries are configured, waits for the Retry-After delay on those codes. Retry-After is either a number of seconds or an HTTP-date (RFC 9110 §10.2.3), and clients have to handle both.',
  cachingBehavior:
    'RFC 6585 §4 says a 429 MUST NOT be stored by a cache, even one configured to cache error responses. A stored 429 would throttle every client behind the cache for a limit that belonged to one of them. It is not heuristically cacheable in any case (RFC 9110 §15.1).',
  seoImpact:
    'Google treats 429 as a server error rather than a client error: it slows crawling instead of dropping the URL. Its "Reduce the Google crawl rate" page names 429, 500 and 503 as the way to cut crawling for a couple of hours or one to two days, and the slowdown applies to the whole hostname. Served for longer, already indexed URLs are eventually dropped.',
  apiImpact:
    'A 429 with Retry-After lets well-behaved clients pace themselves without guessing; without it they fall back to exponential backoff. Tell clients what the limit is and what it is counted on (key, user, IP), since RFC 6585 leaves that to you. Retry budgets should treat 429 as "wait", never as "resend now".',
  heuristicallyCacheable: false,
  mustNotBeStored: true,
  contentAllowed: true,
  headers: [
    header(
      'Retry-After',
      'MAY',
      rfc(6585, '4'),
      'How long to wait before making a new request, as seconds or an HTTP-date (RFC 9110 §10.2.3); RFC 6585 makes it optional, but without it clients can only guess.',
    ),
  ],
  retry: {
    rule: 'after-retry-after',
    retryAfter: true,
    backoff: true,
    advice:
      'Yes, after waiting: honour Retry-After when present, otherwise back off exponentially with jitter. An immediate retry counts against the same quota and can extend the block.',
  },
  scenarios: [
    'A script loops over 10,000 records against an API that allows 100 requests a minute; from the 101st call in a minute it gets 429 with Retry-After: 37.',
    'A login endpoint limits failed attempts per account and answers 429 after five failures in ten minutes, which slows password guessing.',
    'An origin overwhelmed by crawling answers Googlebot with 429 for a day; Google lowers the crawl rate for the whole hostname and raises it again once the errors stop.',
  ],
  mistakes: [
    'Letting a CDN rule that caches error pages store a 429: RFC 6585 §4 forbids it, and every visitor behind that cache is then throttled.',
    'Rate limiting with 403: clients read it as a permission problem and do not back off, and Google says 4xx codes other than 429 do not slow its crawling.',
    'Answering 429 when the server is overloaded for all clients: 503 says that; 429 tells one client it is over its own limit.',
    'Retrying in a tight loop or ignoring Retry-After: the retries land in the same window and keep the client blocked.',
  ],
  related: [503, 403, 420, 509],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
