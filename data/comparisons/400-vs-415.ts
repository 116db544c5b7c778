import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [400, 415],
  theme: 'client errors',
  intro:
    'When a JSON endpoint cannot use a request body, it has to decide whether the body is broken or merely labelled as something it does not take, and the cases look the same from the client: a fetch() call without a Content-Type header, a form posted to a JSON endpoint, a gzip body sent to a server that does not decompress requests. Frameworks settle it differently, so the same client mistake surfaces as 400 on one backend and 415 on another.',
  pairAspects: [
    {
      aspect: 'What the server checked',
      cells: [
        'The bytes against the grammar of a format it does accept: JSON syntax, multipart boundaries, header syntax, message framing (RFC 9110 §15.5.1).',
        'The label and coding of the content, Content-Type and Content-Encoding, usually before parsing anything, or the data itself when it does not match its label (RFC 9110 §15.5.16).',
      ],
    },
    {
      aspect: 'Response header fields that help the client',
      cells: [
        'None are defined for it; the explanation goes in the body, which the server SHOULD send (RFC 9110 §15.5).',
        'Accept for media types (RFC 9110 §15.5.16), Accept-Encoding for content codings (§12.5.3) and Accept-Patch for PATCH formats (RFC 5789 §2.2); Accept-Encoding MUST be left out when the coding was not the problem (§12.5.3).',
      ],
    },
    {
      aspect: 'What the client changes',
      cells: [
        'Usually the body: fix the syntax or the offending value.',
        'Often only the headers or the compression: the same bytes succeed once the Content-Type is right or the body is sent uncompressed.',
      ],
    },
  ],
  keyDifference:
    'A 415 says the server does not take content of this media type or coding at all; a 400 says the content is in a format the server takes but is malformed, or that something else in the request is.',
  decisionRule:
    'Look at Content-Type and Content-Encoding first: if the endpoint does not handle that media type or coding, send 415 without trying to parse; if it does and the parser fails on the bytes, send 400 with the position of the syntax error.',
  commonMistake:
    'Returning 400 for a request whose only fault is its Content-Type. The client developer inspects a JSON body that is perfectly valid and finds nothing, whereas a 415 carrying Accept: application/json would have pointed straight at the missing header.',
  faq: [
    {
      question: 'A JSON body arrives labelled text/plain. Why not just parse it?',
      answer:
        "Because the label is part of CSRF defence. Browsers send text/plain, application/x-www-form-urlencoded and multipart/form-data bodies cross-origin without a CORS preflight, with the user's cookies unless SameSite rules withhold them, so an endpoint that parses such a body as JSON can be driven by any web page. Insisting on application/json and answering other types with 415 forces the preflight that CORS relies on.",
    },
    {
      question: 'Does a request with no Content-Type at all get 400 or 415?',
      answer:
        'RFC 9110 §8.3 lets the recipient either assume application/octet-stream or examine the data. An endpoint that reads only JSON therefore sees a type it does not support and can answer 415; Spring does exactly that, naming application/octet-stream as the unsupported type in its error.',
    },
    {
      question: 'What about a Content-Type header that is itself malformed, such as "Content-Type: json"?',
      answer:
        'A value without a slash breaks the media-type grammar of RFC 9110 §8.3.1, which makes it a syntax error in the request and a fit for 400; 415 presumes the server could read the type and declined it. Spring MVC nevertheless reports an unparsable Content-Type as 415, through HttpMediaTypeNotSupportedException.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
