import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [204, 404],
  theme: 'success responses',
  intro:
    'Both can leave a client with nothing to render, which is why APIs mix them up: a GET for an empty collection, a DELETE of something already removed. One reports success with no content to add; the other reports that the target has no current representation at all.',
  pairAspects: [
    {
      aspect: 'Outcome',
      cells: [
        'Success: the server "has successfully fulfilled the request" and has no additional content to send (RFC 9110 §15.3.5).',
        'Nothing found at the URL, or nothing the server is willing to disclose (RFC 9110 §15.5.5).',
      ],
    },
    {
      aspect: 'Content',
      cells: [
        'None possible: a 204 "is terminated by the end of the header section; it cannot contain content or trailers" (RFC 9110 §15.3.5).',
        'An explanation of the error, which the server SHOULD send except for HEAD (RFC 9110 §15.5); a JSON client can read it.',
      ],
    },
    {
      aspect: 'DELETE',
      cells: [
        'The usual answer when the deletion "has been enacted and no further information is to be supplied" (RFC 9110 §9.3.5).',
        'An accurate answer to a repeated DELETE of the same URL: the resource is already gone, and the method stays idempotent because idempotence concerns the effect, not the response (RFC 9110 §9.2.2).',
      ],
    },
  ],
  keyDifference:
    '204 says the request succeeded on an existing target and there is nothing more to send; 404 says the target has no current representation, and it can carry a body that explains why.',
  decisionRule:
    'Ask whether the target resource exists. An existing collection with no items is a 200 with an empty array; a URL that identifies nothing is a 404; an action applied with nothing to report is a 204. For a repeated DELETE, 404 tells the truth that nothing was there.',
  commonMistake:
    'Returning 204 for GET /users/42 when user 42 does not exist: the client sees success, code that parses a body after every 2xx fails on empty input instead of handling "not found", and monitoring records a successful request.',
  faq: [
    {
      question: 'Is an empty list a 204 or a 200?',
      answer:
        'A 200 carrying [] is the clearer answer: the collection exists and its representation is an empty array. A 204 cannot carry content at all (RFC 9110 §15.3.5), so a client cannot tell "empty collection" from "nothing to say" and needs a special case for the missing body.',
    },
    {
      question: 'Must a second DELETE return the same status as the first to stay idempotent?',
      answer:
        'No. RFC 9110 §9.2.2 defines idempotence by the intended effect on the server and notes that "the response might differ": 204 for the delete that removed the resource and 404 for the repeat are both correct. A client that retries a DELETE after a timeout should count a 404 as done.',
    },
    {
      question: 'Can a 204 response carry an ETag?',
      answer:
        'Yes: its header fields describe the target resource after the action; after a PUT, an ETag in the 204 is the entity tag of the new representation (RFC 9110 §15.3.5), so the client can send it in If-Match next time. A 404 has no representation of the target, so validators on it would describe only the error message.',
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
