import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [400, 422],
  theme: 'client errors',
  intro:
    'A sign-up request with "email": "bob@" gets 400 from one API and 422 from the next, and frameworks disagree on which one a failed validation deserves, so the question comes up whenever a team writes its error handling or an OpenAPI spec. The confusion is built into the definitions: 400 is broad enough to cover any client error, and 422 carves one narrower case out of it. RFC 9110 draws the line at parsing: 422 starts where the content was successfully read.',
  pairAspects: [
    {
      aspect: 'How far the server got',
      cells: [
        'Possibly nowhere: the request line, a header field, the message framing or the body could not be parsed, or the request looked like deceptive routing (RFC 9110 §15.5.1).',
        'Through parsing: the media type is supported, which rules out 415, and the content is syntactically correct, but the instructions it contains cannot be carried out (RFC 9110 §15.5.21).',
      ],
    },
    {
      aspect: 'Part of the request it can blame',
      cells: [
        'Any part: Host, Content-Length or another header field, the query string, or the body.',
        'The content: RFC 9110 §15.5.21 speaks only of the content type, the syntax of the request content and the instructions it holds.',
      ],
    },
    {
      aspect: 'Seen by a client that does not know the code',
      cells: [
        'Understood everywhere: it is the x00 code of the 4xx class.',
        'Handled as a 400, because a client MUST treat an unrecognized status code as the x00 code of its class (RFC 9110 §15), so choosing 422 never leaves an older client worse off than 400 would.',
      ],
    },
  ],
  keyDifference:
    'A 400 says the server could not make sense of the request; a 422 says it read and understood the content and cannot act on what it says.',
  decisionRule:
    'If your parser or framing layer rejects the request (JSON with a syntax error, a malformed header, a Content-Length that is not a number), send 400; if the body parsed into your model and a value then breaks a rule (a missing field, an out-of-range number, an end date before the start date), send 422, unless your API has documented 400 for validation, in which case use 400 everywhere.',
  commonMistake:
    'Letting each layer pick its own code, so that one API answers a validation failure with 400 from framework model binding and with 422 from hand-written checks. Client code that turns 422 into inline field errors then shows nothing for the 400s, and dashboards split one class of problem across two codes; route every validation exception through one handler that sets the documented status and the same field-error body.',
  faq: [
    {
      question: 'Is 422 still a WebDAV-only code?',
      answer:
        'No. RFC 4918 §11.2 defined it for WebDAV in 2007, and RFC 9110 §15.5.21 moved it into core HTTP in 2022 under the phrase "Unprocessable Content". Some libraries still carry the old name: Go has http.StatusUnprocessableEntity and the Rust http crate StatusCode::UNPROCESSABLE_ENTITY.',
    },
    {
      question: 'A field has the wrong JSON type, a string where a number belongs. Is that 400 or 422?',
      answer:
        'The document is valid JSON, so it fits the 422 definition in RFC 9110 §15.5.21, and FastAPI reports it that way. Spring answers the same case with 400, because Jackson fails while binding the body and the framework raises HttpMessageNotReadableException. Whichever you choose, the body should name the field and the expected type.',
    },
    {
      question: 'Is it wrong to answer every validation error with 400?',
      answer:
        'The RFC does not forbid it: 400 covers anything the server perceives as a client error (RFC 9110 §15.5.1), so it is less precise but never incorrect. The cost is that clients can no longer tell a broken serializer from bad user input by status alone; give each case its own problem "type" URI (RFC 9457 §3.1.1) so they still can.',
    },
    {
      question: 'Can an invalid query parameter get 422?',
      answer:
        'Strictly, RFC 9110 defines 422 in terms of request content, so a bad query parameter is a 400. Frameworks are looser: FastAPI validates path, query and header parameters with the same machinery as bodies and answers all of them with 422, giving the location of each error in its "loc" field.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
