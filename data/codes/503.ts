import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 503,
  phrase: 'Service Unavailable',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.6.4'),
  summary:
    'The server is up but refuses to handle requests for now, because it is overloaded or down for maintenance; it expects to recover and may say when with Retry-After.',
  definition:
    'The server is currently unable to handle the request due to a temporary overload or scheduled maintenance, which will likely be alleviated after some delay; it MAY send Retry-After to suggest how long to wait (RFC 9110 §15.6.4). The same section notes that a server is not obliged to use 503 when overloaded: some servers simply refuse the connection.',
  whenToUse:
    'For a condition you expect to end: a maintenance window, a drained or restarting backend, a dependency circuit breaker, load shedding. If one client is exceeding its quota while the service is healthy, send 429 instead; if an upstream answered badly or not in time, a gateway sends 502 or 504; a permanent shutdown of a resource is 410, not 503.',
  clientBehavior:
    "Browsers render the error page in the body and do not act on Retry-After. Retry libraries often do: urllib3's Retry honours Retry-After on 413, 429 and 503 by default, and ky retries 503 for idempotent methods, waiting for Retry-After when present. When sent with a 503, Retry-After states how long the service is expected to be unavailable to the client (RFC 9110 §10.2.3).",
  cachingBehavior:
    'A 503 is stored only if it carries explicit freshness such as max-age (RFC 9111 §3); a maintenance page sent with a long max-age keeps being served by CDNs after the site is back. When a cache revalidating a stored response receives a 5xx, it may forward it or act as if the origin failed to respond and serve the stored copy within the limits of RFC 9111 §4.2.4 (RFC 9111 §4.3.3).',
  seoImpact:
    'Google documents that 5xx responses and 429 make its crawlers slow down for the whole hostname; already indexed URLs are kept for a while but are dropped if the errors persist. A robots.txt that answers 5xx makes Google treat the site as temporarily disallowed. Serve 503 for hours or a couple of days of maintenance, not for weeks.',
  apiImpact:
    'Pair 503 with Retry-After (seconds or an HTTP-date) so SDKs can back off for the right time instead of guessing. Health checks and load balancers key on it: a pod that answers 503 on its readiness endpoint is taken out of rotation without being restarted.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [
    header(
      'Retry-After',
      'MAY',
      rfc(9110, '15.6.4'),
      'Suggests how long the client should wait before retrying; with a 503 it means how long the service is expected to be unavailable (RFC 9110 §10.2.3).',
    ),
  ],
  retry: {
    rule: 'after-retry-after',
    retryAfter: true,
    backoff: true,
    advice:
      'The request was not processed, so retrying later is the expected recovery. Wait for Retry-After when present, otherwise back off exponentially with jitter; retry non-idempotent methods automatically only if you know the request was never applied (RFC 9110 §9.2.2).',
  },
  scenarios: [
    "During a deploy every target is deregistered from a service's target group, and the AWS Application Load Balancer answers 503 because the target group has no registered targets.",
    'A site in maintenance mode answers every page with 503 and "Retry-After: 3600"; Laravel\'s php artisan down does this, with --retry setting the header.',
    "nginx's limit_req and limit_conn reject excess requests with 503 unless limit_req_status or limit_conn_status is set to 429.",
    'A Kubernetes readiness probe fails because the application answers 503 while it warms its caches, so the Service stops routing traffic to that pod.',
  ],
  mistakes: [
    'Using 503 for per-client rate limiting: clients and crawlers read it as "the whole service is down" rather than "you are sending too much", which is what 429 says.',
    'Serving a maintenance page with 200: search engines may index the maintenance text and caches store it as the real page.',
    'Sending a 503 that lasts for weeks: Google eventually drops the URLs from the index, as for any persistent 5xx.',
    'Giving the 503 a long Cache-Control max-age, so shared caches keep serving the outage after the origin has recovered.',
  ],
  related: [429, 500, 502, 504],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
