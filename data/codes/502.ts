import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 502,
  phrase: 'Bad Gateway',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.6.3'),
  summary:
    'A proxy, load balancer or CDN in front of the application tried to get an answer from the server behind it and received a broken one, or the connection failed.',
  definition:
    'The server, while acting as a gateway or proxy, received an invalid response from an inbound server it accessed while attempting to fulfill the request (RFC 9110 §15.6.3). The code is about the hop behind the gateway, not about the gateway itself. WebDAV also uses it for a COPY or MOVE whose destination is on another server that refuses the resource (RFC 4918 §9.8.5, §9.9.4).',
  whenToUse:
    'In a gateway or proxy, when the upstream refuses the connection, resets it, closes it before a complete response, or sends something that is not valid HTTP. When the upstream is merely too slow, send 504; when no upstream is available at all, such as an empty target pool, 503 fits. Application code reporting its own bug sends 500, not 502.',
  clientBehavior:
    "Browsers show the gateway's error page, for example nginx's plain \"502 Bad Gateway\" page or a CDN's branded one. A proxy MUST NOT retry a non-idempotent request automatically (RFC 9110 §9.2.2), so a POST that hit a broken upstream connection surfaces to the client as 502. A cache revalidating a stored response that gets a 5xx may serve the stored response instead (RFC 9111 §4.3.3).",
  cachingBehavior:
    ' A stored response with stale-if-error may be served while the origin path returns 502 (RFC 5861 §4), which hides short backend restarts from visitors.',
  seoImpact:
    'Google treats 502 like other 5xx codes: its crawlers slow down, indexed URLs are kept for a while, and they are dropped if the errors continue. A few 502s during a deploy are harmless; a backend that keeps failing behind the proxy costs indexed pages.',
  apiImpact:
    'A 502 says the failure happened between the gateway and the backend, and the backend may or may not have processed the request. AWS lists a target closing the connection while the load balancer had an outstanding request among the causes, which is exactly the case where a POST may have been applied but its answer was lost.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'idempotent-only',
    backoff: true,
    advice:
      'Idempotent requests can be retried after a short backoff, since many 502s come from a restarting backend or a dropped keep-alive connection. A POST may already have changed state before the connection broke, so resend it only if duplicates can be detected.',
  },
  scenarios: [
    'nginx proxies to an application that is not listening or that crashes mid-response, logs "connect() failed (111: Connection refused) while connecting to upstream" or "upstream prematurely closed connection", and answers 502.',
    "Behind an AWS Application Load Balancer, the target's keep-alive timeout is shorter than the load balancer's idle timeout; the target closes an idle connection just as the load balancer sends a request on it, and the client gets a sporadic 502.",
    "An Application Load Balancer in front of a Lambda function answers 502 when the function's response body exceeds 1 MB or the function does not respond before its configured timeout.",
  ],
  mistakes: [
    'Returning 502 from application code for its own exceptions: it sends people to debug the proxy, while the bug is in the application (500).',
    'Confusing 502 with 504: 504 means the upstream did not answer in time; 502 means it answered with something invalid or broke the connection.',
    'Giving backends a shorter keep-alive timeout than the proxy in front of them, which produces intermittent 502s; the AWS load balancer documentation lists this cause.',
    'Letting a client or proxy automatically resend POST after a 502: the backend may already have executed it.',
  ],
  related: [504, 503, 500, 520, 521],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
