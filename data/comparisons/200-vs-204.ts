import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [200, 204],
  theme: 'success responses',
  intro:
    'Every endpoint that changes state raises the question of whether the success response should carry a body. RFC 9110 accepts either code for a successful PUT or DELETE, so APIs mix them, sometimes endpoint by endpoint. Client code written against one style then fails on the other, most often by calling response.json() on a 204 or by finding an empty body behind a 200 that promised JSON.',
  pairAspects: [
    {
      aspect: 'Recommended answer to a successful DELETE',
      cells: [
        'When the deletion has been enacted and the response includes a representation describing the status (RFC 9110 §9.3.5, SHOULD).',
        'When the deletion has been enacted and there is no further information to supply (RFC 9110 §9.3.5, SHOULD).',
      ],
    },
    {
      aspect: 'Client preference it satisfies',
      cells: [
        'Prefer: return=representation (RFC 7240 §4.2), or no preference at all: the client receives the updated resource without a second request.',
        'Prefer: return=minimal (RFC 7240 §4.2); RFC 9110 §15.3.1 says a server ought to send 204 when the request indicates a preference for no content.',
      ],
    },
    {
      aspect: 'Framing when nothing is sent',
      cells: [
        'A 200 is expected to have content unless the framing says its length is zero (RFC 9110 §15.3.1), so an empty 200 needs Content-Length: 0 or an empty chunked body.',
        'Needs no framing at all: the message ends with the header section, and a server MUST NOT send Content-Length with it (RFC 9110 §8.6).',
      ],
    },
  ],
  keyDifference: 'A 200 hands the client content to process; a 204 reports the same success and guarantees there is nothing to read.',
  decisionRule:
    'If the client needs something back after the action (the updated record, server-computed fields such as timestamps, a status report), send 200 with it. If the client already holds everything it needs, or asked for Prefer: return=minimal, send 204 and put any new ETag in the header section. On GET, answer 200 even when the result is an empty list.',
  commonMistake:
    "Returning 200 with an empty body while Content-Type still says application/json, typically from a handler that returns nothing: the browser's response.json() rejects with a SyntaxError, generated SDKs throw while deserializing, and the API description promises a body that never comes. When there is nothing to return, 204 says so in the status line, and clients can skip parsing before they read a byte.",
  faq: [
    {
      question: 'Can a 204 still carry an ETag or other header fields?',
      answer:
        'Yes; only content is ruled out. Header fields on a 204 describe the target resource after the action (RFC 9110 §15.3.5), so an ETag returned from a PUT lets the next conditional update use If-Match without a GET. RFC 9110 §9.3.4 allows that validator only when the stored representation is exactly the content the client sent.',
    },
    {
      question: 'What should a successful PATCH return?',
      answer:
        'RFC 5789 §2.1 shows 204 with Content-Location and an ETag, noting that a 200 would have carried a body and that other success codes could be used too. JSON:API is stricter: if the server also changed the resource beyond what the request specified, for example an updated timestamp, it MUST answer 200 with the resulting resource.',
    },
    {
      question: 'Is an empty 200 legal at all?',
      answer:
        'It is, provided Content-Length: 0 or chunked framing marks the end, which RFC 9110 §15.3.1 anticipates. The trouble lies in what clients infer: a 200 signals content of the declared Content-Type, so generic code tries to decode it, whereas a 204 tells every HTTP library in advance that the body is empty.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
