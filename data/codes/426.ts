import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 426,
  phrase: 'Upgrade Required',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.22'),
  summary:
    'The server will not answer this request over the protocol the client is using, but would after the connection is upgraded to one of the protocols named in the Upgrade field.',
  definition:
    'The server refuses to perform the request using the current protocol but might be willing to do so after the client upgrades to a different protocol, and it MUST send an Upgrade field naming the required protocol(s) (RFC 9110 §15.5.22). The mechanism is the HTTP/1.1 Upgrade header field, which switches protocols on the same connection (RFC 9110 §7.8). The code was first defined in RFC 2817, for upgrading HTTP/1.1 connections to TLS.',
  whenToUse:
    'When a resource is only served over a protocol reachable through Upgrade on the same HTTP/1.1 connection, typically a WebSocket endpoint that receives a plain GET. Not for moving clients from http:// to https://: Upgrade cannot switch the transport or move to another connection, and RFC 9110 §7.8 points to a 3xx redirect for that. If the server rejects the HTTP version of the request itself, send 505.',
  clientBehavior:
    'A client that supports one of the listed protocols resends the request with Upgrade naming it and Connection: upgrade, and gets 101 (Switching Protocols) if the server agrees. Browsers do not start an upgrade on their own because of a 426; they show its body like any other error. Because Upgrade is hop-by-hop, intermediaries SHOULD remove it before forwarding (RFC 9110 §7.6.1), so a 426 relayed by a proxy can arrive without the field that explains it.',
  cachingBehavior:
    ' Its Upgrade and Connection fields describe one connection, not the resource, so a stored copy would advertise protocols for a connection that no longer exists.',
  seoImpact: 'Crawlers fetch pages, not WebSocket endpoints, so they rarely meet 426.',
  apiImpact:
    'WebSocket and other upgrade-based APIs use 426 to tell a plain HTTP client that the endpoint needs an upgrade handshake. Over HTTP/2 the Upgrade field is a connection-specific field and makes the message malformed (RFC 9113 §8.2.2), so the 426 mechanism only works on HTTP/1.1 connections; WebSockets over HTTP/2 use extended CONNECT (RFC 8441) instead.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [
    header(
      'Upgrade',
      'MUST',
      rfc(9110, '15.5.22'),
      'Lists the protocols the server will accept, in descending preference (RFC 9110 §7.8); a 426 without it leaves the client nothing to upgrade to.',
    ),
    header(
      'Connection',
      'MUST',
      rfc(9110, '7.8'),
      'Any sender of Upgrade must also send the "upgrade" connection option so that intermediaries do not forward the field (RFC 9110 §7.8).',
    ),
  ],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Resending the request unchanged returns the same 426. Resend over HTTP/1.1 with Connection: upgrade and Upgrade naming one of the protocols the 426 listed.',
  },
  scenarios: [
    'Running curl http://localhost:8080/ against a Node.js server created with new WebSocketServer({ port: 8080 }) from the ws package returns 426 with the body "Upgrade Required".',
    'An nginx reverse proxy in front of a WebSocket service lacks proxy_set_header Upgrade $http_upgrade and Connection "upgrade", so the backend receives an ordinary GET; a backend built on the standalone ws server answers it with 426.',
    'A developer opens a WebSocket URL in a browser tab; the tab sends a normal GET and shows the 426 body instead of a page.',
  ],
  mistakes: [
    'Answering 426 without an Upgrade field, as the standalone server of the Node.js ws package does for plain HTTP requests: RFC 9110 §15.5.22 requires the field.',
    'Using 426 to force https: Upgrade cannot move a client to another port or connection; redirect with 301 or 308 and add HSTS (RFC 9110 §7.8).',
    'Sending Upgrade in an HTTP/2 response: connection-specific fields make the message malformed there (RFC 9113 §8.2.2).',
    'Answering 426 when the real problem is an unsupported HTTP version: that is 505 (HTTP Version Not Supported).',
  ],
  related: [101, 505, 400, 308],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
