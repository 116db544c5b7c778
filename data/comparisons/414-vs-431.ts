import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [414, 431],
  theme: 'client errors',
  intro:
    'A request can be too long before its body even starts, in the URL or in the header fields, and HTTP has a code for each: 414 for the request target, 431 for the headers. Servers often enforce both with one buffer; in nginx the same large_client_header_buffers setting limits the request line and each header line, and nginx reports header overflow as 400. Which code a client sees therefore depends on which part overflowed and on the server that counted.',
  pairAspects: [
    {
      aspect: 'Part of the request',
      cells: [
        'The request target: path plus query string (RFC 9110 §15.5.15).',
        'Header fields, including Cookie, Authorization and Referer (RFC 6585 §5).',
      ],
    },
    {
      aspect: 'Where the oversized data came from',
      cells: [
        'Whatever built the URL: a form submitted with GET, filter state serialized into the query, or a redirect loop that lengthens the target at every hop (RFC 9110 §15.5.15).',
        'State the browser accumulated for the site: cookies set by many subdomains or apps, or a token minted by an identity provider.',
      ],
    },
    {
      aspect: 'Blast radius',
      cells: [
        'One URL: other pages of the same site keep working.',
        'Often every request from that browser to the site, since cookies travel with each one, until they are cleared or expire.',
      ],
    },
  ],
  keyDifference:
    'A 414 rejects one over-long URL; a 431 rejects a header section that has grown too big, which tends to break every request the client sends to that site.',
  decisionRule:
    'If the request line overflowed your limit, send 414 and fix whatever generates that URL; if the header section or one field did, send 431, name the field, and look at what keeps adding cookies or claims.',
  commonMistake:
    'Answering a 414 by moving the state out of the query string and into a cookie. The URL gets shorter, but the data now rides in the Cookie field of every request to the domain, and the failure comes back as 431 on pages that have nothing to do with the original form; state that large belongs in a POST body or on the server.',
  faq: [
    {
      question: 'Why can one long URL cause 431 errors on the requests that follow?',
      answer:
        'Because the browser copies the page URL into the Referer field of the requests that page makes. Under the default policy, strict-origin-when-cross-origin, same-origin requests carry the full URL, query string included, so a 7 KB URL adds 7 KB to the header section of every image, script and fetch() the page issues.',
    },
    {
      question: 'Why does my Node.js server answer a long URL with 431 instead of 414?',
      answer:
        'Its HTTP parser counts the request line and the header fields against one limit, http.maxHeaderSize, and reports either overflow with the same error, so Node answers both with 431 (nodejs/node issue #26296 records the decision). Express relies on that default, and Fastify, which handles the parser error itself, answers 431 in both cases as well.',
    },
    {
      question: 'Does HTTP/2 header compression avoid both errors?',
      answer:
        'No. HPACK shrinks the bytes on the wire, but limits apply to the decoded size: SETTINGS_MAX_HEADER_LIST_SIZE counts uncompressed names and values plus 32 octets per field (RFC 9113 §6.5.2), and the path travels in that same field section as the :path pseudo-header (RFC 9113 §8.3.1). A server that receives more than it will handle can send 431 (RFC 9113 §10.5.1).',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
