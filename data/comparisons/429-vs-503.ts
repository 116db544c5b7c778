import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [429, 503],
  theme: 'rate limiting and availability',
  intro:
    'Both say "too much traffic, come back later", both may carry Retry-After, and the same rate-limiting module can emit either: nginx\'s limit_req rejects with 503 unless told otherwise. The question they answer is different, though. A 429 is about one caller exceeding its allowance while everyone else is served; a 503 is about the server, which cannot take the request no matter who sends it.',
  pairAspects: [
    {
      aspect: 'Whose state it describes',
      cells: [
        'One user, key, address or session, counted however the server chooses, per resource or across servers (RFC 6585 §4).',
        'The service as a whole: temporary overload or scheduled maintenance (RFC 9110 §15.6.4).',
      ],
    },
    {
      aspect: 'Class, and what a client that does not know the code does',
      cells: [
        '4xx: "the client seems to have erred"; a client that does not recognise 429 must treat it as 400 (RFC 9110 §15), and generic 4xx handling does not retry.',
        '5xx: a server-side condition; 503 is a core RFC 9110 code that HTTP libraries name and retry helpers list, and generic 5xx retry logic applies to it.',
      ],
    },
    {
      aspect: 'What Retry-After measures',
      cells: [
        'How long this caller should wait before making a new request (RFC 6585 §4), typically the time until its counting window resets.',
        'How long the service is expected to be unavailable to the client (RFC 9110 §10.2.3), typically the end of the maintenance window or an estimate of recovery.',
      ],
    },
    {
      aspect: 'What makes a retry succeed',
      cells: [
        'The caller slowing down: other clients are unaffected, and retrying sooner only spends the same quota.',
        'The server recovering: the caller can do nothing but wait, and a different client would have been refused too.',
      ],
    },
  ],
  keyDifference: 'A 429 tells one client it is over its own limit; a 503 tells every client the server cannot serve anyone right now.',
  decisionRule:
    "If the request would have been served had this caller not used up its quota, answer 429 with a Retry-After computed from that caller's window; if you are refusing because of the server's condition (load shedding, maintenance, a dependency down) regardless of who is asking, answer 503.",
  commonMistake:
    'Shedding global load with 429 because 4xx responses do not count against the availability SLO: the error budget stays green while the service is short of capacity, and well-behaved clients throttle their own credential as if they had overspent a quota that is not the problem. An overload is a 503 and belongs in the availability numbers.',
  faq: [
    {
      question: 'Under a flood of requests, should I answer 429 or 503, or nothing at all?',
      answer:
        'Neither RFC obliges you to answer. RFC 6585 §7.2 warns that responding to each request of an attack with 429 consumes resources and that dropping connections may be more appropriate, and RFC 9110 §15.6.4 notes that an overloaded server can simply refuse connections instead of sending 503. Reserve the status codes for clients you expect to read them.',
    },
    {
      question: "An API gateway's concurrency limit for a backend is full: is that a 429 or a 503?",
      answer:
        "Ask whose limit it is. A per-tenant concurrency cap that one customer exhausted is that customer's quota, so 429 with Retry-After is accurate. A global cap protecting the backend from total load is the service being unavailable to everyone, so 503; Envoy, for instance, answers 503 when a circuit breaker's pending-request limit overflows.",
    },
    {
      question: 'How should one client library handle both?',
      answer:
        'Wait for Retry-After in both cases, accepting both the delay-seconds and the HTTP-date form (RFC 9110 §10.2.3). After a 429, also reduce the request rate for that credential, since the limit will apply again; after a 503, keep the rate but back off with jitter so that all clients do not return at the same second when the service comes back.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
