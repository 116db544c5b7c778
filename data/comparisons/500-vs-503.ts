import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [500, 503],
  theme: 'rate limiting and availability',
  intro:
    'Framework defaults turn every uncaught exception into a 500, including the ones that are really temporary: an exhausted connection pool, a dependency that is restarting, a node that is draining. The choice matters because clients, retry libraries, load balancers and crawlers react to a 503 as "wait and come back" and to a 500 as "something is broken". Picking between them means deciding whether you know the failure will pass.',
  pairAspects: [
    {
      aspect: 'What it promises about duration',
      cells: [
        'Nothing: the code covers any unexpected condition, and RFC 9110 §15.6 leaves it to the response body to say whether the problem is temporary or permanent.',
        'That the condition is temporary and "will likely be alleviated after some delay" (RFC 9110 §15.6.4).',
      ],
    },
    {
      aspect: 'How the server knows to send it',
      cells: [
        "It does not choose it in advance: a handler failed in a way nobody wrote code for, and the framework's last-resort handler reports it.",
        'It detected a known state on purpose, such as a maintenance flag, a pool wait that timed out, a queue over its limit or an open circuit breaker.',
      ],
    },
    {
      aspect: 'Work done before the error',
      cells: [
        'Possibly some: the exception may come after a write was committed, so the outcome of a non-idempotent request is unknown.',
        'Usually none when the check runs before the handler, which is what makes a later retry harmless.',
      ],
    },
  ],
  keyDifference:
    'A 500 reports an unexpected failure with no promise of recovery; a 503 reports a known, temporary inability to serve, optionally with a time to come back.',
  decisionRule:
    'If your code detected a condition it expects to pass (maintenance, overload, a dependency or pool that is temporarily unavailable), answer 503 and add Retry-After when you can estimate the wait; if the failure was not anticipated, answer 500 and log it with a request ID.',
  commonMistake:
    'Mapping every exception to 503 so that SDKs retry: a deterministic bug, such as a null dereference on one record, then fails identically on each attempt, every client multiplies its traffic by its retry count, and dashboards file a code defect under capacity. Keep 503 for conditions your code detected and expects to clear.',
  faq: [
    {
      question: 'How do I return 503 instead of 500 for a database connection pool timeout?',
      answer:
        "Catch the pool's specific exception, such as SQLAlchemy's TimeoutError from QueuePool or HikariCP's SQLTransientConnectionException, in an error handler that maps it to 503 with a short Retry-After of a few seconds. Leave all other exceptions to the generic 500 handler so that real bugs stay visible in error tracking.",
    },
    {
      question: 'Do Kubernetes probes treat a 500 differently from a 503?',
      answer:
        'No: the kubelet counts any status from 200 to 399 as success and everything else as failure. What matters is which probe sees it. A liveness endpoint that answers 503 because the database is down gets healthy containers restarted, which cannot fix the database; report dependency trouble on the readiness endpoint and keep liveness about the process itself.',
    },
    {
      question: 'Does Retry-After mean anything on a 500?',
      answer:
        'RFC 9110 §10.2.3 describes Retry-After generally as how long the user agent ought to wait before a follow-up request, but gives it a specific meaning only with 503 and with 3xx responses. Clients follow that split: ky waits for Retry-After only on the codes in its afterStatusCodes option (413, 429 and 503 by default) and uses its own backoff for a 500, and urllib3 retries a 500 only when status_forcelist names it, whereas a 503 carrying Retry-After is retried even without that list.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
