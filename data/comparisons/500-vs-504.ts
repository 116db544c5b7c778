import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [500, 504],
  theme: 'server and gateway errors',
  intro:
    'A 500 comes from the server that ran your code; a 504 comes from a gateway or proxy in front of it that stopped waiting for an answer. Both land in the same dashboards, but they point at different machines and call for different fixes.',
  pairAspects: [
    {
      aspect: 'Who generates it',
      cells: [
        'Any server, typically the application itself when an unexpected condition stops it (RFC 9110 §15.6.1).',
        'Only a server "acting as a gateway or proxy" that "did not receive a timely response from an upstream server" (RFC 9110 §15.6.5): nginx, a load balancer, a CDN.',
      ],
    },
    {
      aspect: 'Where to look first',
      cells: [
        "The application's error log or exception tracker at the time of the request, where a stack trace usually exists.",
        "The gateway's timeout (nginx proxy_read_timeout and an AWS Application Load Balancer's idle timeout both default to 60 seconds) and how long the upstream took for that request.",
      ],
    },
    {
      aspect: 'Did the work happen?',
      cells: [
        'Possibly in part: the handler failed somewhere, and a transaction may or may not have committed.',
        'Unknown and often yes: the upstream may still be processing and can finish the request after the gateway has answered.',
      ],
    },
  ],
  keyDifference:
    'A 500 reports a failure inside the server that answered; a 504 reports that an intermediary gave up waiting for another server, which may still succeed.',
  decisionRule:
    'Send 500 from application code for conditions you did not anticipate. Send 504 only where your code acts as a gateway for an upstream HTTP service that did not answer in time, such as a backend-for-frontend calling another API; a slow query or lock inside your own application is a 500, or a 503 when it is overload.',
  commonMistake:
    'Raising the gateway timeout until the 504s disappear: the slow requests still tie up workers and connections, clients wait longer for the same failures, and a request that legitimately takes minutes should become a 202 Accepted with a status resource instead.',
  faq: [
    {
      question: 'My load balancer logged a 504, but the application logged a 200. How?',
      answer:
        "The load balancer stopped waiting at its timeout and answered 504, while the application kept working and finished later; its 200 went to a connection nobody was reading any more. Compare the application's request duration with the gateway's timeout, 60 seconds by default for nginx proxy_read_timeout and for an AWS Application Load Balancer.",
    },
    {
      question: 'Is it safe to retry after a 504?',
      answer:
        'For idempotent methods, yes, with backoff. For a POST it is risky: a 504 means the gateway lost patience, not that the upstream failed, so the order or payment may already exist. Send an idempotency key, or look the resource up before resending, as RFC 9110 §9.2.2 asks of non-idempotent retries.',
    },
    {
      question: 'Does a 500 or a 504 say more about when to come back?',
      answer:
        'Neither carries a defined wait: RFC 9110 §10.2.3 describes Retry-After for 503 and for redirects. A 504 points at a slow dependency that may recover in seconds, so one or two retries with backoff are reasonable; a 500 caused by a bug repeats until someone deploys a fix, so further retries only add load.',
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
