import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 101,
  phrase: 'Switching Protocols',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.2.2'),
  summary:
    "The server accepts the client's Upgrade request: right after this header section, the same connection stops speaking HTTP/1.1 and carries another protocol, most often WebSocket.",
  definition:
    'The server understands the request and is willing to change the application protocol on this connection as the client asked in its Upgrade header field; it MUST send an Upgrade header naming the protocol(s) in effect after the response (RFC 9110 §15.2.2). It MUST NOT switch to a protocol the client did not list, and after switching it still owes an answer to the original request, given in the new protocol (RFC 9110 §7.8).',
  whenToUse:
    'Only on HTTP/1.1, in reply to a request whose Upgrade header lists a protocol you are willing to switch to, in practice the WebSocket opening handshake (GET with Upgrade: websocket). To decline, a server MAY ignore Upgrade and answer normally; if the resource is only reachable after a protocol change, 426 with an Upgrade header naming the required protocol says so (RFC 9110 §15.5.22). HTTP/2 and HTTP/3 have no 101 at all (RFC 9113 §8.6, RFC 9114 §4.5): WebSockets over HTTP/2 use an extended CONNECT request answered with a 2xx status (RFC 8441).',
  clientBehavior:
    'After the 101 the client stops parsing HTTP on that connection and hands the socket to the new protocol. A WebSocket client fails the connection unless the 101 carries Upgrade: websocket and a Sec-WebSocket-Accept value derived from the key it sent (RFC 6455 §4.1); browsers report any other status as a failed connection (an error event, then close). Page scripts cannot request an upgrade themselves, because Upgrade is a forbidden request header in the Fetch standard.',
  cachingBehavior:
    'Never stored or reused: caches only store responses with a final status code (RFC 9111 §3), and once the 101 is sent the connection no longer carries HTTP messages a cache could understand.',
  seoImpact:
    "None. Indexing works on the final responses to GET requests, a crawler has no reason to send Upgrade, and Google's documentation on how status codes affect Search does not list 101.",
  apiImpact:
    'For real-time APIs the 101 is the handshake, and its absence usually means something in the path dropped the Upgrade. Upgrade and Connection are hop-by-hop, so reverse proxies must pass them on explicitly (nginx documents proxy_http_version 1.1 plus proxy_set_header for Upgrade and Connection), and their read timeouts must allow for long-lived, sometimes idle sockets.',
  heuristicallyCacheable: false,
  contentAllowed: false,
  headers: [
    header(
      'Upgrade',
      'MUST',
      rfc(9110, '15.2.2'),
      'Names the protocol(s) in effect after the 101, in layer-ascending order if several layers switch, and only protocols the client offered (RFC 9110 §7.8).',
    ),
    header(
      'Connection',
      'MUST',
      rfc(9110, '7.8'),
      'Every sender of Upgrade MUST also list the "upgrade" connection option, so intermediaries treat Upgrade as hop-by-hop (RFC 9110 §7.8).',
    ),
  ],
  retry: {
    rule: 'not-needed',
    advice:
      'The upgrade request is a GET, so repeating the handshake is harmless. WebSocket clients reconnect after a dropped socket with a fresh handshake and should back off between attempts, as RFC 6455 §7.2.3 recommends, so a restarted server is not hit by every client at once.',
  },
  scenarios: [
    'A chat page calls new WebSocket("wss://chat.example/socket"); the browser sends GET /socket with Upgrade: websocket and Sec-WebSocket-Key, the server answers 101 with Sec-WebSocket-Accept, and both sides switch to WebSocket frames.',
    'A WebSocket app works locally but fails behind nginx: the proxy forwarded the handshake without the hop-by-hop Upgrade and Connection headers, so the back end answered with an ordinary HTTP response instead of 101.',
    'An HTTP/1.1 client offers Upgrade: h2c to move to cleartext HTTP/2; a server that still supports this answers 101, although RFC 9113 §3.1 deprecates the h2c upgrade token.',
  ],
  mistakes: [
    'Sending 101 over HTTP/2 or HTTP/3, or in reply to an HTTP/1.0 request: HTTP/2 does not support 101 (RFC 9113 §8.6), and a server MUST ignore Upgrade received in HTTP/1.0 (RFC 9110 §7.8).',
    'Leaving out Upgrade or Connection: upgrade, or naming a protocol the client never offered: RFC 9110 §7.8 forbids both, and WebSocket clients fail the connection.',
    'Getting a request with both Upgrade and Expect: 100-continue and answering 101 at once: the server MUST send the 100 first (RFC 9110 §7.8).',
    'Writing a body or further HTTP after the 101: every byte after the header section belongs to the new protocol, so extra HTTP output corrupts the stream.',
  ],
  related: [426, 100, 200, 400],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
