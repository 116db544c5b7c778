import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [400, 409],
  theme: 'client errors',
  intro:
    'A request can be refused because of what it says or because of what the server already holds. 400 covers the first; 409 covers a request that is well-formed and valid on its own but collides with the current state of the target resource.',
  pairAspects: [
    {
      aspect: 'Cause',
      cells: [
        'The request message, regardless of server state: malformed syntax, framing or routing (RFC 9110 §15.5.1).',
        'The resource\'s current state: "a conflict with the current state of the target resource" (RFC 9110 §15.5.10).',
      ],
    },
    {
      aspect: 'How the user resolves it',
      cells: [
        'Only by changing the request: another body, query or header.',
        'Often by acting on the state: 409 "is used in situations where the user might be able to resolve the conflict and resubmit the request" (RFC 9110 §15.5.10), for example by merging edits or choosing another name.',
      ],
    },
    {
      aspect: 'Same request later',
      cells: [
        'Fails every time until it is changed.',
        'Can succeed once the state changes, for instance after the conflicting record is deleted or a lock is released.',
      ],
    },
  ],
  keyDifference:
    '400 rejects the request on its own terms; 409 accepts that the request is valid but refuses it because of the state of the resource it targets, and should describe that conflict so the user can resolve it.',
  decisionRule:
    'Validate the request in isolation first: anything wrong without looking at stored data is 400 (or 422 for well-formed content with invalid values). If it is valid but collides with what exists, such as a username already taken or an edit based on an outdated version, answer 409 with enough detail "for a user to recognize the source of the conflict" (RFC 9110 §15.5.10).',
  commonMistake:
    'Sending 400 "email already registered": the request was valid, so a client that treats 400 as its own bug logs it and hides a message the user could act on. The stored data, not the payload, caused the refusal, which is what 409 reports.',
  faq: [
    {
      question: 'Duplicate key on insert: 400, 409 or 422?',
      answer:
        '409: the new record conflicts with one that exists, the situation RFC 9110 §15.5.10 describes as a request that "could not be completed due to a conflict with the current state". 422 fits content that parses but is invalid on its own, such as an end date before the start date, and 400 fits content the server cannot parse.',
    },
    {
      question: 'Where does 412 fit against 409 for edit conflicts?',
      answer:
        'If the client sent a precondition, If-Match with the ETag it edited, a changed resource fails it and the server answers 412 (RFC 9110 §13.1.1). Without a precondition the server has to detect the lost update itself, for example by comparing a version field in the body, and 409 with the current version in the content is the answer.',
    },
    {
      question: 'Should a client retry a 409 automatically?',
      answer:
        'Not with the same request: the state that caused the conflict does not change by itself. Fetch the current representation, merge or let the user decide, then send a new request. Only conflicts caused by a concurrent operation that has since finished, such as a lock held by a running job, clear without intervention.',
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
