import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [406, 415],
  theme: 'client errors',
  intro:
    'Both codes are about media types, and both appear when a fetch() call or a curl command sends the wrong header to a JSON API. What separates them is direction: 406 concerns the response the client asked for with Accept, 415 the body the client sent with Content-Type. Put the format into the wrong one of those two headers and the error that comes back is about the other one.',
  pairAspects: [
    {
      aspect: 'Request header field at fault',
      cells: [
        'Accept, Accept-Language or another proactive negotiation field describing what the client can receive (RFC 9110 §12.1, §15.5.7).',
        'Content-Type or Content-Encoding of the request content, or the data itself when inspection shows it is not what the label says (RFC 9110 §15.5.16).',
      ],
    },
    {
      aspect: 'Role of an Accept field',
      cells: [
        'In the request, it is the input that failed: the list of media types the client is prepared to receive.',
        'In the response, it can list the media types the resource would take in a subsequent request (RFC 9110 §12.5.1, §15.5.16), the reverse of its meaning in a request.',
      ],
    },
    {
      aspect: 'Methods that meet it',
      cells: [
        'Any method whose response has content, most often GET.',
        'Only requests that carry content, so POST, PUT and PATCH; a GET without a body gives the server nothing to reject.',
      ],
    },
  ],
  keyDifference:
    'A 406 means the server cannot produce a response in any format the client said it accepts; a 415 means the server cannot consume the request body in the format the client sent.',
  decisionRule:
    'If the failure concerns what you would send back (Accept, Accept-Language), send 406, or better a default representation; if it concerns what the client sent (its Content-Type, its Content-Encoding, or bytes that do not match their label), send 415.',
  commonMistake:
    'Declaring a request body\'s format with Accept, as in curl -H "Accept: application/json" -d \'{"a":1}\': curl labels the body application/x-www-form-urlencoded, the server answers 415, and the developer, convinced they "set JSON", keeps adjusting Accept instead of adding a Content-Type header.',
  faq: [
    {
      question: 'A request has both a wrong Content-Type and an unacceptable Accept. Which error comes back?',
      answer:
        'RFC 9110 defines no order between the two. Spring MVC checks a handler\'s "consumes" condition before its "produces" condition, so such a request gets 415 there, and only after the Content-Type is fixed does the 406 show up.',
    },
    {
      question: 'Is an unsupported charset a 406 or a 415?',
      answer:
        'It depends on the direction. A request body in a charset the server cannot decode is a format problem of the content, hence 415; a response the client ruled out through Accept-Charset is 406 territory, but RFC 9110 §12.5.2 deprecates Accept-Charset and notes that most user agents no longer send it, so serving UTF-8 is the practical answer.',
    },
    {
      question: 'If a POST would succeed but its Accept rules out every response format, is a 406 right?',
      answer:
        'Only if you decide before doing the work. A 406 sent after the action ran tells the client the request failed although the state changed; check Accept up front, or perform the action and answer in your default format, which RFC 9110 §12.4.1 permits, or with a 204 that has no content to negotiate.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
