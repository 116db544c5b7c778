import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [412, 428],
  theme: 'caching and validation',
  intro:
    "Precondition Failed and Precondition Required differ by one word, sit next to each other in every status list, and both turn up on APIs that enforce optimistic locking with ETags. One says the client's condition was checked and turned out false, the other that there was no condition to check. They also come from different documents: 412 from core HTTP (RFC 9110 §15.5.13), 428 from RFC 6585, which added it in 2012.",
  pairAspects: [
    {
      aspect: 'Precondition fields in the request',
      cells: [
        'At least one of If-Match, If-Unmodified-Since or (on methods other than GET and HEAD) If-None-Match, and it evaluated to false (RFC 9110 §13.2.2).',
        'None that the server is willing to rely on, usually no If-Match or If-Unmodified-Since at all (RFC 6585 §3).',
      ],
    },
    {
      aspect: 'What the server compared',
      cells: [
        'The validator in the request against the current representation, with the strong comparison for If-Match (RFC 9110 §13.1.1); the method was not performed.',
        'Nothing: it noticed the missing header field and stopped, so the copy the client holds may well be current.',
      ],
    },
    {
      aspect: 'What the next attempt needs',
      cells: [
        'A new validator: the ETag or date the client sent is out of date, so it has to fetch the resource again and reapply its change.',
        'Only the header field: a client that still has the ETag from its last GET can add it as If-Match and resend without refetching.',
      ],
    },
  ],
  keyDifference:
    'A 412 means the condition the client sent was evaluated and came out false; a 428 means the client sent no condition, and the server refuses to make the change without one.',
  decisionRule:
    'On a write to a resource you protect with ETags: if the request has neither If-Match nor If-Unmodified-Since, send 428 with a body naming the field to add; if it has one, evaluate it and send 412 only when it is false.',
  commonMistake:
    "Treating a missing If-Match as a failed one and answering 412. The client's 412 handler reloads the resource and merges a conflict that never happened, and because its resend still lacks the header it gets 412 again, with no hint that the fix is to add a field rather than to reconcile data.",
  faq: [
    {
      question: 'Does a 428 mean my ETag is wrong?',
      answer:
        'No ETag was compared. The server stopped before evaluating anything because none of the precondition fields it requires was present; the tag you hold may be perfectly current, and sending it in If-Match is all the retry needs. Only a 412 tells you that your validator no longer matches.',
    },
    {
      question: 'Will If-Unmodified-Since satisfy a server that answers 428?',
      answer:
        'RFC 6585 §3 only says the request must be conditional, and RFC 9110 §13.1.4 gives If-Unmodified-Since the same purpose as If-Match for clients without an entity tag. Dates have one-second resolution, though, and a representation that changed twice within the same second defeats them (RFC 9110 §8.8.2.2), so servers that insist on If-Match should say so in the 428 body, as the RFC 6585 example does.',
    },
    {
      question: 'Where does 428 fit in the order of request checks?',
      answer:
        'Preconditions come late: a server evaluates them only once its normal request checks have passed (RFC 9110 §13.2.1), so a request that would be refused anyway gets that refusal rather than 412. RFC 6585 does not place 428 in that order; because it depends only on which header fields are present, it can be decided before the body is read.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
