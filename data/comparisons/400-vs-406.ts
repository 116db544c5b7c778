import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [400, 406],
  theme: 'client errors',
  intro:
    'A request whose Accept header the server cannot satisfy is not malformed: it asks for a format the resource does not have. 406 reports exactly that, 400 is for requests that are wrong in themselves, and RFC 9110 even lets a server skip the 406 and send a default instead.',
  pairAspects: [
    {
      aspect: 'What triggers it',
      cells: [
        'A client error in the request itself: syntax, framing or routing (RFC 9110 §15.5.1).',
        'Proactive negotiation: no current representation is acceptable "according to the proactive negotiation header fields received in the request", that is Accept, Accept-Charset, Accept-Encoding or Accept-Language (RFC 9110 §15.5.7).',
      ],
    },
    {
      aspect: 'Optional?',
      cells: [
        'No alternative exists: the server cannot or will not process the request as sent.',
        'Yes: the server can instead disregard the header field and respond as if the response were not subject to negotiation (RFC 9110 §12.4.1).',
      ],
    },
    {
      aspect: 'What the content should hold',
      cells: [
        'An explanation of the error and whether it is temporary or permanent (RFC 9110 §15.5).',
        'A list of available representation characteristics and their resource identifiers, from which the user or user agent can choose (RFC 9110 §15.5.7).',
      ],
    },
  ],
  keyDifference:
    '406 says the request was understood but no representation matches what its negotiation fields ask for, and lists what is on offer; 400 says the request itself is faulty.',
  decisionRule:
    'If the Accept value is valid but names only formats you lack, such as application/xml on a JSON-only API, either send your default format, as RFC 9110 §12.4.1 permits, or answer 406 listing what you offer; pick 406 when an unexpected format would do more harm than an error. Keep 400 for requests that are broken whatever they ask for.',
  commonMistake:
    'Answering 406 to a request with no Accept field, or with Accept: */*: a missing field means the client has no preference (RFC 9110 §12.4.1) and */* accepts anything, so the server must simply pick a representation, and tools such as curl, which sends Accept: */* by default, fail for no reason.',
  faq: [
    {
      question: 'Is 406 the right answer for an unsupported Accept-Language?',
      answer:
        'Rarely. A page in English usually serves a German-preferring reader better than an error, and RFC 9110 §12.4.1 lets the server disregard Accept-Language and send its default. Reserve 406 for formats a client truly cannot use, such as a client that parses only XML asking a JSON-only API.',
    },
    {
      question: 'Which code fits a request body in a format the server does not read?',
      answer:
        'Neither: that is 415 Unsupported Media Type (RFC 9110 §15.5.16), which concerns the Content-Type of what the client sent. 406 concerns the format of what the client wants back, as expressed in its Accept fields.',
    },
    {
      question: 'Should the 406 body list the available formats?',
      answer:
        'RFC 9110 §15.5.7 says the server SHOULD generate content listing "available representation characteristics and corresponding resource identifiers" so the client can choose. For an API, a problem document naming the supported media types, with the URLs or Accept values that produce each, does that job.',
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
