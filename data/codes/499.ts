import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 499,
  phrase: 'Client Closed Request',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'nginx',
  otherUses: [
    {
      vendor: 'ArcGIS (Esri)',
      meaning:
        'ArcGIS REST services report error code 499 "Token Required" when a request to a secured service carries no token (498 means an invalid or expired token); the code appears in a JSON error object in the response body, and Esri\'s ArcGIS REST JS raises ArcGISAuthError for it.',
      source: 'https://github.com/Esri/arcgis-rest-js/blob/main/packages/arcgis-rest-request/src/utils/check-for-errors.ts',
    },
    {
      vendor: 'Google APIs',
      meaning:
        'Google\'s canonical error codes (google.rpc.Code) define CANCELLED as "The operation was cancelled, typically by the caller" with the HTTP mapping 499 Client Closed Request, so Google APIs and gRPC-JSON gateways that follow that table send or log 499 for a call the client cancelled.',
      source: 'https://github.com/googleapis/googleapis/blob/master/google/rpc/code.proto',
    },
  ],
  spec: documentSource(
    'nginx source: src/http/ngx_http_request.h (NGX_HTTP_CLIENT_CLOSED_REQUEST)',
    'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
  ),
  summary:
    "nginx's log entry for a request the client abandoned: the client closed the connection before nginx sent the response header. nginx sends nothing; its 499 appears only in logs and analytics.",
  definition:
    "nginx defines NGX_HTTP_CLIENT_CLOSED_REQUEST as 499 with the comment that HTTP does not define a code for a client that closed the connection while its request was being processed, so nginx introduced its own to log the case where the client closed the connection before nginx even tried to send the HTTP header (src/http/ngx_http_request.h). nginx never sends 499 on the wire: it is written to the access log after the client has gone. Other software does transmit the number: Google's APIs map a cancelled call (google.rpc.Code CANCELLED) to HTTP 499, and ArcGIS uses it for a missing token (see below).",
  whenToUse:
    "Never send it. Read it as a diagnostic: a rising share of 499 in the access log means clients give up before the upstream answers. Compare $request_time in those entries with the clients' timeouts, then speed up the endpoint or move long work to 202 Accepted plus polling. Cloudflare also records 499 in its logs and analytics for clients that close the connection before Cloudflare has finished processing the request.",
  clientBehavior:
    "The client has already gone, so it only knows what its own side reported: a timeout error from its HTTP library, a canceled request in the browser's network panel after navigation or an aborted fetch, or a 504 from a load balancer in front of nginx that gave up first. With the default proxy_ignore_client_abort off, nginx then also closes its connection to the upstream.",
  cachingBehavior:
    'No response exists, so nothing is stored downstream. If the upstream response is being cached with proxy_cache, nginx does not close the upstream connection when the client leaves but keeps reading, so the cache entry can still be completed (nginx source, ngx_http_upstream.c).',
  seoImpact:
    "Only your own logs show 499. If Googlebot's requests end as 499, its fetch timed out waiting for your response; Google treats network timeouts like 5xx errors and slows crawling. The slow time to first byte is what to fix.",
  apiImpact:
    'A 499 does not mean the work was not done: the upstream application often keeps running after nginx drops the connection, so a POST that charged a card or created an order may have completed while the client saw a timeout. Make such endpoints idempotent (for example with an idempotency key) before letting clients retry, and set client timeouts above the slowest expected response.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'idempotent-only',
    backoff: true,
    advice:
      'The client that gave up decides whether to repeat the request. A GET can be repeated; a POST may already have taken effect, and RFC 9110 §9.2.2 says a client SHOULD NOT automatically retry a non-idempotent request unless it can tell the original was not applied.',
  },
  scenarios: [
    'A mobile app with a 10-second timeout calls a report endpoint that needs 15 seconds; nginx logs 499 with a $request_time of about 10 while the backend finishes the report for nobody.',
    "A load balancer in front of nginx times out after 60 seconds; users get the balancer's 504 and nginx logs 499 for the same requests.",
    'A user double-clicks a submit button; the browser cancels the first request, and nginx logs 499 for it next to a 200 for the second.',
    'Cloudflare Logs show 499 for visitors who closed the tab while Cloudflare was still waiting for a slow origin.',
  ],
  mistakes: [
    'Counting 499 as a server error or as a status sent to users: no response was sent; alert on the latency that causes it instead.',
    'Setting proxy_ignore_client_abort on everywhere to make 499s disappear: nginx then keeps upstream requests running for clients that are gone, adding load exactly when the backend is already slow.',
    'Retrying an abandoned POST without an idempotency key, so an order whose first attempt completed is created twice.',
  ],
  related: [460, 408, 504, 444, 524],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
