import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 421,
  phrase: 'Misdirected Request',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.20'),
  summary:
    'The request reached a server that will not answer for that host name on this connection; the client should send it again over a new connection, which browsers do on their own.',
  definition:
    'The request was directed at a server that is unable or unwilling to produce an authoritative response for the target URI: the URI does not match an origin the server is configured for (RFC 9110 §4.3.1), or does not match the connection it arrived on (§7.4). Only an origin server, or a gateway acting for one, sends it; a proxy MUST NOT generate 421 (§15.5.20). HTTP/2 introduced it (RFC 7540 §9.1.2), and RFC 9110 moved it into HTTP semantics (Appendix B.3).',
  whenToUse:
    'When a request arrives on a connection that cannot serve its host: the TLS server name or certificate of the connection does not cover the Host or :authority, or no virtual host is configured for it. Unless the connection comes from a trusted gateway, an origin server MUST reject an https request that did not arrive over a connection secured with a certificate valid for its origin (RFC 9110 §7.4), and 421 is the status for that. If the host is right but the resource is missing, send 404; to send the client elsewhere, redirect.',
  clientBehavior:
    'A client MAY retry over a different connection, whether or not the method is idempotent (RFC 9110 §15.5.20). Browsers reuse an HTTP/2 connection for other host names covered by its certificate (RFC 9113 §9.1.1); when such a reused connection draws a 421, Chromium retries the request once with that cross-host connection reuse disabled, so users only see the error when the new connection is misrouted too. Simple scripts and most HTTP libraries report it without retrying.',
  cachingBehavior:
    'Not heuristically cacheable. RFC 7540 had made it cacheable by default; RFC 9110 dropped that because the response is specific to the connection, not the target resource (RFC 9110 Appendix B.3). Do not give it explicit freshness either: a stored 421 would be served to clients whose connections are fine.',
  seoImpact:
    'A crawler gets 421 like any client when a front-end proxy or CDN reaches an origin that rejects the host name, for example an Apache 2.4.64 origin behind a proxy that sends no SNI. Affected URLs can drop out of the index until the misrouting is fixed and they are crawled again.',
  apiImpact:
    'Apache httpd 2.4.64 (July 2025) tightened its check that the TLS server name (SNI) and the Host header agree, and setups where nginx or another proxy connects to Apache over HTTPS without sending SNI began answering 421 to every request; enabling SNI on the proxy (proxy_ssl_server_name on in nginx) fixes it. Any client or proxy that sets Host to one name while its TLS handshake names another, or none, can get 421 from such strict servers.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'once-automatically',
    advice:
      "One automatic retry over a new connection is allowed even for POST (RFC 9110 §15.5.20). Open a connection dedicated to the request's origin, with the right TLS server name and no reuse of another host's connection; retrying on the same connection only gets another 421.",
  },
  scenarios: [
    'Two subdomains share a wildcard certificate but are served by different server blocks; the browser sends a request for b.example.com over its HTTP/2 connection to a.example.com, the server answers 421, and the browser retries on a new connection.',
    "After an upgrade to Apache 2.4.64, a hosting panel's nginx front end, which proxies to Apache over HTTPS without SNI, gets 421 on every site until proxy_ssl_server_name is switched on.",
    'A test script connects to a server by IP address and sets "Host: api.example.com" by hand, so the TLS handshake carries no matching server name and the server replies 421.',
  ],
  mistakes: [
    'Generating 421 from a forward proxy: RFC 9110 §15.5.20 says a proxy MUST NOT.',
    'Sending 421 with Cache-Control max-age, so a CDN stores a connection-specific error and replays it to requests that would have worked.',
    'Using 421 for an unknown path on a known host; clients respond by reconnecting instead of reporting a missing resource, which is 404.',
    "Configuring a reverse proxy to pass the client's Host header to an HTTPS upstream without sending the same name in the TLS handshake, which strict upstreams reject with 421.",
  ],
  related: [400, 404, 502, 426],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
