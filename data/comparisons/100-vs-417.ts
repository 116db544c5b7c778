import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [100, 417],
  theme: 'connection and protocol',
  intro:
    "Neither code would exist without the Expect: 100-continue request header, so they turn up together in upload code: curl, PHP's cURL extension and .NET clients add that header to large bodies and then wait for one of the two. A 100 is an interim go-ahead that a real status will follow; a 417 is a final answer saying the expectation could not be honoured, frequently by a proxy rather than by the application behind it.",
  pairAspects: [
    {
      aspect: 'Place in the exchange',
      cells: [
        'Interim: a final status still follows for the same request, and the client keeps reading for it after sending the body (RFC 9110 §15, §15.2).',
        'Final: the exchange ends here, and the body the client held back was never transmitted or processed.',
      ],
    },
    {
      aspect: 'Who generates it',
      cells: [
        'The origin server, or a proxy that believes the next hop speaks only HTTP/1.0 and MAY answer 100 itself; a proxy that added the expectation on its own need not pass the 100 on (RFC 9110 §10.1.1, §15.2).',
        'Any inbound server on the path that cannot meet the expectation, so the origin may never have seen the request (RFC 9110 §15.5.18).',
      ],
    },
    {
      aspect: 'Expectations it answers',
      cells: [
        'Only 100-continue, the single expectation HTTP defines (RFC 9110 §10.1.1).',
        'Any expectation, including unknown extension values, which a server MAY reject with 417 (RFC 9110 §10.1.1).',
      ],
    },
  ],
  keyDifference:
    'A 100 is an interim "send the body now" on the way to a real answer; a 417 is itself the answer, saying the Expect mechanism failed and nothing was processed.',
  decisionRule:
    'When a request arrives with Expect: 100-continue, decide from the method, URI and header fields alone: if they already settle the outcome (authentication, size limit, unknown route), send that final status; otherwise send 100 at once and read the body. Keep 417 for expectations other than 100-continue, the case RFC 9110 §10.1.1 names for it.',
  commonMistake:
    'Placing a proxy or load balancer that rejects Expect: 100-continue with 417 in front of an upload API. Each large upload from curl, PHP or .NET then fails once and has to be repeated without the header, and the origin loses its chance to turn away an unauthorized or oversized body before the bytes are sent. A proxy keeps both benefits by forwarding the expectation, or by answering 100 itself when it knows the next hop only speaks HTTP/1.0 (RFC 9110 §10.1.1).',
  faq: [
    {
      question: 'Why does my raw response begin with "HTTP/1.1 100 Continue" and then show a second status line?',
      answer:
        "Because the client sent Expect: 100-continue and the interim 100 arrived before the final response; RFC 9110 §15.2 requires clients to parse any number of 1xx responses ahead of the final one. Code that splits raw output at the first blank line, a classic with PHP's CURLOPT_HEADER, reports status 100 and treats the real headers as body. Read the last status line, or send an empty Expect header.",
    },
    {
      question: 'May an origin server refuse 100-continue with a 417?',
      answer:
        'RFC 9110 §10.1.1 expects it to play along: on an HTTP/1.1 request with that expectation and announced content, the origin MUST answer at once with either a final status based on the header fields or a 100. A 417 counts as a final status, but the client reads it as "the response chain does not support expectations" (RFC 9110 §10.1.1) and simply resends without the header, so nothing is gained.',
    },
    {
      question: 'What happens when neither a 100 nor a 417 ever arrives?',
      answer:
        "The client sends the body anyway after a short wait: RFC 9110 §10.1.1 says it SHOULD NOT wait indefinitely, because an HTTP/1.0 hop never relays a 100. curl waits 1 second, adjustable with --expect100-timeout, and .NET's SocketsHttpHandler uses its Expect100ContinueTimeout property, also 1 second by default.",
    },
    {
      question: 'Do 100 Continue and 417 exist in HTTP/2?',
      answer:
        'Yes. HTTP/2 carries interim responses as HEADERS frames ahead of the final response (RFC 9113 §8.1), and Expect is an ordinary request header there, so the exchange works as in HTTP/1.1. That sets these two apart from 101, which HTTP/2 does not support at all (RFC 9113 §8.6).',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
