import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 505,
  phrase: 'HTTP Version Not Supported',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.6.6'),
  summary:
    'The server will not talk the major HTTP version written in the request, for example a request line that claims HTTP/2.0 sent as plain text to an HTTP/1.1 server.',
  definition:
    "The server does not support, or refuses to support, the major version of HTTP used in the request message, and is unable or unwilling to complete the request in that major version other than with this error (RFC 9110 §15.6.6). The server SHOULD generate a representation that describes why that version is not supported and what other protocols it supports (RFC 9110 §15.6.6). RFC 9110 §6.2 adds that a server can send 505 for any reason to refuse service of the client's major protocol version.",
  whenToUse:
    'When the request line carries a major version the server does not implement, such as HTTP/2.0 or HTTP/3.0 in a textual HTTP/1.x request line. It is about the major version only: a server that wants to refuse HTTP/1.0 clients is refusing a minor version of the same major version, and a server that wants the client to switch protocols sends 426 with an Upgrade header (RFC 9110 §15.5.22).',
  clientBehavior:
    'Browsers never trigger it in normal use: HTTP/2 and HTTP/3 are negotiated before any request is sent (ALPN during the TLS handshake, or Alt-Svc), so a server without HTTP/2 simply gets HTTP/1.1 requests. It shows up for hand-written clients, fuzzers and misconfigured proxies, which treat it as a fatal error for that connection setup.',
  cachingBehavior:
    'Not heuristically cacheable (RFC 9110 §15.1) and in practice never stored; the condition depends on how the client spoke to the server, not on the resource.',
  seoImpact: 'Crawlers speak HTTP/1.1 or negotiate HTTP/2 properly, so they almost never meet a 505.',
  apiImpact:
    'Seeing 505 from an API means the client wrote a protocol version the server does not implement, typically a custom HTTP stack or a proxy that forwards an HTTP/2-style request line over an HTTP/1.1 connection. Fix the client or proxy configuration; retrying the same bytes cannot succeed.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Do not repeat the request unchanged. Resend it using a major version the server supports, normally HTTP/1.1 or a properly negotiated HTTP/2 connection; the body of the 505 SHOULD say which protocols the server accepts (RFC 9110 §15.6.6).',
  },
  scenarios: [
    'A test script writes "GET / HTTP/2.0" over a plain TCP socket to nginx; nginx rejects any request line whose major version is above 1 with 505.',
    "A homemade reverse proxy copies the client's HTTP/2 version string into the request line it sends to an HTTP/1.1 backend, and every request fails with 505.",
  ],
  mistakes: [
    'Using 505 to reject HTTP/1.0 clients: HTTP/1.0 and HTTP/1.1 share major version 1, so the code does not describe that refusal.',
    'Sending 505 to tell a client it must switch protocols: 426 does that, and it MUST name the acceptable protocols in an Upgrade header (RFC 9110 §15.5.22).',
    'Returning an empty body: RFC 9110 §15.6.6 asks for an explanation of what the server does support.',
  ],
  related: [426, 400, 501],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
