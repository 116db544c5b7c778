import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [411, 400],
  theme: 'client errors',
  intro:
    'Content-Length is the header at the centre of this pair: leave it out and some servers answer 411, send an invalid value and HTTP/1.1 requires 400 (RFC 9112 §6.3). Streaming uploads from curl, Node.js or a cloud SDK can hit either, depending on whether the client fell back to chunked encoding or wrote a length that does not parse. The two codes ask for opposite fixes, so reading them correctly saves a debugging session.',
  pairAspects: [
    {
      aspect: 'State of Content-Length in the request',
      cells: [
        'Absent: the body is framed with Transfer-Encoding: chunked or, over HTTP/2 and HTTP/3, by the frames alone.',
        'Present but unusable, for instance not a number or a list of differing values; without Transfer-Encoding, RFC 9112 §6.3 requires 400 followed by closing the connection.',
      ],
    },
    {
      aspect: 'Did the client break the protocol?',
      cells: [
        'No: chunked framing is valid HTTP/1.1, and RFC 9112 §6.3 merely allows a server to refuse a body without Content-Length.',
        'Yes, or at least the server perceives a client error: bad syntax, invalid framing or deceptive routing (RFC 9110 §15.5.1).',
      ],
    },
    {
      aspect: 'What the fix costs the client',
      cells: [
        'Knowing the size before sending: buffering the stream in memory or on disk, measuring the file, or switching to a multipart upload of known-size parts.',
        'Correcting the code that writes the request, typically a proxy or hand-rolled client that emits a malformed header value or conflicting framing.',
      ],
    },
  ],
  keyDifference:
    'A 411 means the request lacked a Content-Length that this server insists on; a 400 means the request, its Content-Length possibly included, was malformed.',
  decisionRule:
    'If the request has content but no Content-Length and you cannot or will not read a body of unknown length, send 411; if a Content-Length is present but unparsable or contradictory, or anything else in the request is malformed, send 400, and after a framing error close the connection.',
  commonMistake:
    'Rejecting chunked uploads with 411 on an endpoint whose documentation never mentions it. Chunked coding is a legitimate way to send a body, so SDKs that stream by default work against other servers and fail against this one in production; a related mistake is answering a malformed Content-Length with 411, which tells the client to add a header it already sent.',
  faq: [
    {
      question: 'What if Content-Length is a valid number but simply wrong?',
      answer:
        'You get neither, at least not directly. A value that is too small makes the server read a truncated body and parse the remaining bytes as the next request, which then fails, usually with 400; a value that is too large leaves the server waiting for bytes that never arrive until it gives up, with a 408 or by closing the connection. A common cause is taking the length of a JavaScript string, which counts UTF-16 code units, instead of the UTF-8 bytes actually sent.',
    },
    {
      question: 'Is "Content-Length: 42, 42" a 400?',
      answer:
        'Not necessarily. RFC 9110 §8.6 lets a recipient either reject it or collapse it to a single 42, because an identical repeated value usually means an upstream component duplicated the field. Differing values such as "42, 43" leave the framing undecidable, and that gets 400 and a closed connection (RFC 9112 §6.3).',
    },
    {
      question: 'Does HTTP/2 make 411 obsolete?',
      answer:
        'No. HTTP/2 carries the body in DATA frames and has no chunked coding (RFC 9113 §8.1), so Content-Length is optional there, and a server that needs the size up front can still answer 411 when it is missing. A Content-Length that disagrees with the DATA frames makes the request malformed (RFC 9113 §8.1.1), which MUST be treated as a stream error of type PROTOCOL_ERROR; the server MAY send an HTTP response, such as a 400, before resetting the stream.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
