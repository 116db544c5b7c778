import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [101, 426],
  theme: 'connection and protocol',
  intro:
    'Both belong to the HTTP/1.1 Upgrade mechanism and both must carry an Upgrade header, so WebSocket developers meet them as the two possible ends of a handshake. A 101 means the switch happened and the socket now speaks the new protocol; a 426 means a plain HTTP request reached something that only talks after a switch. Seeing 426 where 101 was expected almost always means the upgrade request never arrived intact.',
  pairAspects: [
    {
      aspect: 'Request that triggers it',
      cells: [
        'One whose Upgrade and Connection: upgrade offer a protocol the server accepts; the server MUST NOT pick one the client did not list (RFC 9110 §7.8).',
        'One that offers no acceptable protocol, usually none at all, sent to a resource the server serves only after a switch.',
      ],
    },
    {
      aspect: 'What its Upgrade field lists',
      cells: [
        'The protocol or protocols now in effect, in layer-ascending order when several layers change (RFC 9110 §7.8).',
        'The protocols the client may ask for, in descending order of preference (RFC 9110 §7.8); nothing has changed on the connection yet.',
      ],
    },
    {
      aspect: 'The connection afterwards',
      cells: [
        'No longer HTTP: every following byte in both directions belongs to the new protocol, so HTTP keep-alive and pipelining end on that socket.',
        'Still HTTP/1.1, so the client can send a proper upgrade request on it or open a new connection.',
      ],
    },
  ],
  keyDifference:
    'A 101 confirms that the connection has switched to a protocol the client offered; a 426 refuses to serve the request in the current protocol and names the ones it would accept.',
  decisionRule:
    'If an HTTP/1.1 request offers, through Upgrade and Connection: upgrade, a protocol you can serve it with, switch and answer 101. If a request reaches an upgrade-only endpoint without such an offer, answer 426 listing the acceptable protocols in Upgrade. If what you want is another transport or connection (HTTPS, HTTP/3), neither fits: redirect with a 3xx, or advertise HTTP/3 with Alt-Svc.',
  commonMistake:
    'Debugging a 426 from a WebSocket backend as an application fault. The backend is reporting that it received an ordinary GET, which nearly always means a reverse proxy or load balancer did not forward the hop-by-hop Upgrade and Connection headers, so no 101 can ever happen and auto-reconnecting clients retry forever; the fix belongs in the proxy configuration, not in the service.',
  faq: [
    {
      question: 'What should a WebSocket server send when the client asks for a protocol version it does not support?',
      answer:
        'RFC 6455 §4.2.2 says it MUST abort the handshake with an appropriate HTTP error, naming 426 Upgrade Required as the example, and include Sec-WebSocket-Version listing the versions it understands; §4.4 then lets the client retry with one of those. Version 13 is the only one in use today.',
    },
    {
      question: 'Why does the browser report a failed WebSocket connection without a status code?',
      answer:
        'The WebSocket API does not expose the HTTP response of a failed handshake: the page receives an error event and a close event with code 1006, whether the server answered 426, 403 or 502. The network panel of the developer tools shows the actual handshake response.',
    },
    {
      question: 'Can a 426 make a client switch to HTTP/2 or HTTP/3?',
      answer:
        'Not in practice. The example in RFC 9110 §15.5.22 shows Upgrade: HTTP/3.0, but HTTP/3 runs over QUIC, another transport, which Upgrade cannot switch to (RFC 9110 §7.8), and RFC 9113 §3.1 deprecates the h2c upgrade token that browsers never supported anyway. Servers negotiate HTTP/2 through TLS ALPN and advertise HTTP/3 with the Alt-Svc header (RFC 7838).',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
