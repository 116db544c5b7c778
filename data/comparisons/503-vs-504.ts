import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [503, 504],
  theme: 'server and gateway errors',
  intro:
    'Deploys, traffic spikes and database incidents produce both, often from the same load balancer within the same minute, and both invite the client to try again later. The difference is when and why the request failed: a 503 is an answer given up front by a server that knows it cannot take the request now, a 504 is what a gateway says after it forwarded the request and waited in vain. That decides whether the work may have happened and how long the client waited to find out.',
  pairAspects: [
    {
      aspect: 'When the failure is decided',
      cells: [
        'Before the work starts: a maintenance flag, a full queue, an open circuit breaker or an empty target pool lets the server refuse at once.',
        'After the request was forwarded and a connect or read timer ran out, typically 60 seconds later with nginx or an AWS Application Load Balancer defaults.',
      ],
    },
    {
      aspect: 'Who may send it',
      cells: [
        'Any server: the origin application in maintenance mode as well as a proxy with no healthy backend (RFC 9110 §15.6.4 does not restrict it to gateways).',
        'Only a server acting as a gateway or proxy, or a cache in the cases RFC 9111 names (RFC 9110 §15.6.5).',
      ],
    },
    {
      aspect: 'Telling the client when to return',
      cells: [
        'Retry-After has a defined meaning here: how long the service is expected to be unavailable (RFC 9110 §10.2.3).',
        'No Retry-After semantics are attached to 504 by RFC 9110, and the timeout pages of nginx or cloud load balancers do not include the field, so clients choose their own backoff.',
      ],
    },
  ],
  keyDifference:
    'A 503 is an immediate, deliberate refusal from a server that knows it cannot serve right now; a 504 is a gateway admitting it forwarded the request and stopped waiting for the answer.',
  decisionRule:
    'If your server can tell before doing the work that it cannot handle the request (maintenance, shed load, no healthy backend, breaker open), answer 503 at once, with Retry-After when you can estimate recovery; send 504 only from a proxy whose upstream timer expired.',
  commonMistake:
    'Letting overload surface as 504s: without admission control, requests queue inside the application until the proxy times out, each one holding a worker and a connection for the full 60 seconds while clients retry on top. Rejecting excess requests early with 503 and Retry-After frees that capacity and tells clients when to come back.',
  faq: [
    {
      question: 'Why does my load balancer return 503 for some requests and 504 for others during a deploy?',
      answer:
        'They are two different states of the target group. An AWS Application Load Balancer answers 503 when the target group has no registered targets, which happens when a deployment deregisters the old targets before the new ones are registered, and 504 when a target accepted the connection but did not respond within the idle timeout, for example a container still warming up. The first is fixed by deployment ordering, the second by readiness checks.',
    },
    {
      question: 'Does a 504 mean the request was not processed, like a 503 usually does?',
      answer:
        'No. A 503 from maintenance mode or load shedding is typically sent before the handler runs, so a retry repeats nothing. A 504 only says the gateway stopped listening: the upstream may finish the request a second later, and since RFC 9110 §9.2.2 forbids a proxy to retry non-idempotent requests automatically, the client must check the resource or use an idempotency key before resending a POST.',
    },
    {
      question: 'Can slow requests end in a 503 from my application instead of a 504 from the proxy?',
      answer:
        'Yes, if the application enforces its own deadline below the proxy timeout, for example a 25-second request budget and a PostgreSQL statement_timeout under a 60-second proxy_read_timeout, and answers 503 with Retry-After when that deadline passes. The proxy then relays your 503 instead of generating its own 504, the application log records which query ran over, and the worker is freed before the gateway gives up.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
