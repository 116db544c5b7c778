import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 500,
  phrase: 'Internal Server Error',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.6.1'),
  summary:
    'Something went wrong on the server while handling a request that looked valid, and no more specific 5xx code applies; in practice, an unhandled exception.',
  definition:
    'The server encountered an unexpected condition that prevented it from fulfilling the request (RFC 9110 §15.6.1). As for every 5xx, the server SHOULD send a representation explaining the error and whether it is temporary or permanent, except in answer to HEAD (RFC 9110 §15.6).',
  whenToUse:
    "As the fallback for failures you did not anticipate, such as an exception escaping a handler. Prefer the specific codes when they apply: 503 with Retry-After for overload or maintenance, 502 or 504 when a gateway gets a bad or no answer from upstream, 501 for an unsupported method, and a 4xx when the client's input is at fault.",
  clientBehavior:
    'Browsers render whatever body the server sent. fetch() resolves with ok set to false rather than rejecting, while axios rejects by default for any non-2xx status. A cache revalidating a stored response that gets a 5xx may either pass the error on or act as if the server had not answered and serve the stored response within its staleness limits (RFC 9111 §4.3.3).',
  cachingBehavior:
    'Not heuristically cacheable (RFC 9110 §15.1): a cache stores a 500 only when explicit freshness allows it (RFC 9111 §3). The opposite case is more useful: with stale-if-error in a stored response, a cache may keep serving that stale copy while the origin answers 500, 502, 503 or 504 (RFC 5861 §4).',
  seoImpact:
    'Google treats 5xx as a reason to slow down: its crawlers temporarily crawl less, and indexed URLs stay in the index for a while but are dropped if the errors persist. Google\'s "Reduce the Google crawl rate" page lists 500, along with 503 and 429, as an emergency way to cut crawling for a few hours or days, for the whole hostname.',
  apiImpact:
    'A 500 tells the client nothing it can fix, so it should carry an error identifier that support can match to server logs, never a stack trace. For a non-idempotent request it leaves the outcome unknown: the handler may have committed part of the work before failing.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'idempotent-only',
    backoff: true,
    advice:
      'Retry only idempotent requests (GET, HEAD, PUT, DELETE; RFC 9110 §9.2.2), a few times with backoff: many 500s are transient, but a deterministic bug fails every time. A POST that got 500 may already have taken effect, so resend it only if the API can detect duplicates, for example through an idempotency key.',
  },
  scenarios: [
    "A null dereference escapes a request handler and the framework's default error handler answers 500, as Express, Django with DEBUG off and Spring Boot all do.",
    'A database connection pool is exhausted and the ORM throws; the application reports 500 although 503 with Retry-After would describe a temporary overload.',
    "An AWS Application Load Balancer answers 500 itself when its AWS WAF web ACL fails to execute, or when an authenticate action cannot reach the identity provider's token or user info endpoint.",
    'A CDN revalidating an expired page gets 500 from the origin and, because the stored response carried stale-if-error, keeps serving the stale copy.',
  ],
  mistakes: [
    'Answering invalid input with 500: the client cannot correct what it is not told, and retry logic keeps resending it; 400 or 422 with the reason ends the loop.',
    'Putting stack traces, SQL or file paths in the 500 body: they help attackers; log them under a request ID and return only the ID.',
    'Sending 500 during planned maintenance or overload: 503 with Retry-After tells clients and crawlers that the condition is temporary.',
    'A CDN rule that caches every response for minutes, including a transient 500, which is then served to every visitor until it expires.',
  ],
  related: [502, 503, 504, 501, 520],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
