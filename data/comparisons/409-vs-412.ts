import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [409, 412],
  theme: 'caching and validation',
  intro:
    "Two people edit the same record, the second save is refused, and the API designer has to choose between Conflict and Precondition Failed. RFC 9110 tells the same lost-update story around both codes (§13.1.1, §15.5.10), so the choice looks like a matter of taste. It is not: 412 is the result of a condition the client itself put in If-Match or If-Unmodified-Since, while 409 is the server's own judgement about the resource's state.",
  pairAspects: [
    {
      aspect: 'What detected the problem',
      cells: [
        'Application logic that knows the resource: a version number in the submitted body, a uniqueness constraint, a state machine (RFC 9110 §15.5.10).',
        'The generic precondition check that runs just before the method, comparing If-Match (strong comparison) or If-Unmodified-Since with the selected representation (RFC 9110 §13.1.1, §13.1.4, §13.2.2).',
      ],
    },
    {
      aspect: 'What the request must carry',
      cells: [
        'Nothing in particular: a plain POST or PUT without any conditional header field can conflict.',
        'A precondition header field; a request without one cannot fail a precondition.',
      ],
    },
    {
      aspect: 'Alternative the server has',
      cells: [
        "For a PUT that does not fit the resource's constraints, RFC 9110 §9.3.4 also allows transforming the representation or reconfiguring the resource instead of refusing.",
        'If the change the client wanted is already in place, for instance because its earlier attempt succeeded but the response was lost, the origin MAY answer 2xx instead of 412 (RFC 9110 §13.1.1, §13.1.4).',
      ],
    },
  ],
  keyDifference:
    "A 412 reports that a condition the client wrote into its request header fields was false; a 409 reports that the server itself found the request incompatible with the resource's current state.",
  decisionRule:
    'If the request carried If-Match or If-Unmodified-Since and that check failed, send 412 before touching the body; if the check passed, or there was none, and the change still cannot be applied because of what is stored (a duplicate key, an out-of-date version number in the body, a state transition that already happened), send 409 with enough detail to resolve it.',
  commonMistake:
    'Comparing a version field from the JSON body against the database and answering 409, while ignoring the If-Match header the client also sent. Clients written against the HTTP contract handle stale writes in their 412 branch and treat the 409 as an unexpected failure; the opposite error, a 412 for a duplicate username, sends the client off to refresh an ETag that has nothing to do with the problem.',
  faq: [
    {
      question: 'Kubernetes returns 409 for a stale resourceVersion. Is that wrong?',
      answer:
        'No: the version travels inside the object (metadata.resourceVersion), not in If-Match, so no HTTP precondition was evaluated, and RFC 9110 §15.5.10 describes exactly this kind of versioning conflict. An API that takes the version in If-Match should answer a mismatch with 412 instead, the code §13.1.1 names for a false If-Match.',
    },
    {
      question: 'Which check runs first, the precondition or the conflict detection?',
      answer:
        'The precondition. RFC 9110 §13.2.1 has preconditions evaluated after the normal request checks and just before the content is processed or the method performed, so a false If-Match ends the request with 412 before application logic looks for conflicts. A 409 therefore implies that either no precondition was sent or it held.',
    },
    {
      question: 'A client creates a resource and the name is taken. Can that be a 412 instead of a 409?',
      answer:
        'Only if the client asked for it: a PUT with If-None-Match: * means "only if nothing is here yet", and an existing resource makes that condition false, which RFC 9110 §13.1.2 answers with 412 for every method other than GET and HEAD. A POST to a collection that finds a duplicate key has no condition to fail, so it gets 409.',
    },
    {
      question: 'Must the server send 412 if the If-Match failed but the resource already holds exactly what the client sent?',
      answer:
        'No. The origin MAY respond with a 2xx when the state-changing request appears to have been applied already (RFC 9110 §13.1.1), which spares a client that retried after a lost response. For resources used as counters or semaphores the same section advises staying strict and sending 412 for every failed precondition.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
