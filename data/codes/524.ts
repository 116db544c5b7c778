import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 524,
  phrase: 'A Timeout Occurred',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Cloudflare',
  spec: documentSource(
    'Cloudflare docs, Cloudflare 5xx errors: Error 524',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-524/',
  ),
  summary:
    "Cloudflare connected to the origin and sent the request, but the origin did not deliver an HTTP response before Cloudflare's Proxy Read Timeout ran out. The origin is up, but too slow for this request.",
  definition:
    "Cloudflare documents that error 524 indicates that Cloudflare successfully connected to the origin web server, but the origin did not provide an HTTP response before the default 120-second Proxy Read Timeout; it also occurs when a write to the origin does not complete within the 30-second Proxy Write Timeout (6.5 seconds for Cloudflare Images) (Cloudflare docs, Error 524). Older versions of Cloudflare's documentation give the default read timeout as 100 seconds.",
  whenToUse:
    "Typical causes are long-running work on the origin (a large report, export or query) and an overloaded origin. Cloudflare's remedies: make long jobs asynchronous with status polling, serve them from a DNS-only hostname, or on Enterprise plans raise proxy_read_timeout up to 6,000 seconds; the write timeout cannot be changed.",
  clientBehavior:
    'The visitor waits through the whole timeout and then sees Cloudflare\'s "A timeout occurred" page. Browsers and HTTP libraries with shorter timeouts give up first and report their own timeout, and Cloudflare logs those requests as 499.',
  cachingBehavior:
    "A response the origin produces after Cloudflare gave up never reaches Cloudflare's cache, so the next visitor triggers the same slow work. For cacheable content, Enterprise zones can raise the limit for selected URLs with a Cache Rule using the Proxy Read Timeout setting.",
  seoImpact:
    'Googlebot gets a 5xx after a long wait, which slows crawling and wastes crawl time. Keep crawlable pages fast or cached, and put long-running exports on URLs that crawlers do not follow.',
  apiImpact:
    'A 524 means the origin received the request and may still be executing it: a POST that needs 150 seconds can complete after the client was told it failed. Return 202 Accepted with a status URL for slow operations, and give clients idempotency keys so a retry after 524 does not run the job twice.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'idempotent-only',
    backoff: true,
    advice:
      'Do not retry non-idempotent requests automatically: the origin has the request and may finish it (RFC 9110 §9.2.2). A retried GET usually hits the same timeout; reduce the work per request or make it asynchronous first.',
  },
  scenarios: [
    "A CSV export takes four minutes for large accounts; through Cloudflare it fails with 524 after two minutes, while the origin's access log shows a 200 written later.",
    'A database lock makes a checkout request hang; Cloudflare returns 524, and the order is committed when the lock clears.',
    'A large upload stalls because the origin reads the request body slowly, and the 30-second Proxy Write Timeout ends it with 524.',
  ],
  mistakes: [
    "Raising nginx or application timeouts to fix a 524: Cloudflare's own timeout still ends the request; the fix is a faster response, an asynchronous job, a DNS-only hostname or, on Enterprise, a higher proxy_read_timeout.",
    'Retrying a 524 POST from the client, so a slow order is placed twice.',
    "Confusing 524 with 504: Cloudflare shows 504 when the origin (or a proxy behind it) returned 504 itself; 524 is Cloudflare's own timeout waiting for the origin.",
  ],
  related: [504, 522, 499, 202, 598],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
