import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 444,
  phrase: 'Connection Closed Without Response',
  formerPhrases: [],
  alsoKnownAs: [
    {
      phrase: 'No Response',
      note: 'A name status-code lists give 444; nginx itself gives it no name, and its source calls it NGX_HTTP_CLOSE.',
      source: 'https://en.wikipedia.org/wiki/List_of_HTTP_status_codes#nginx',
    },
  ],
  status: 'unofficial',
  vendor: 'nginx',
  spec: documentSource(
    'nginx documentation: Module ngx_http_rewrite_module, return directive',
    'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#return',
  ),
  summary:
    'nginx closes the connection without sending anything back: no status line, no headers, no body. The number exists only in nginx configuration and in its access log; nginx never puts it in a status line.',
  definition:
    'The nginx documentation of the return directive says: "The non-standard code 444 closes a connection without sending a response header" (ngx_http_rewrite_module, return). The source defines it as NGX_HTTP_CLOSE, "the special code to close connection without any response" (src/http/ngx_http_request.h). 444 is an instruction to nginx, not a response. nginx gives it no reason phrase; the phrase here describes what it does.',
  whenToUse:
    'In nginx configuration, to drop traffic that does not deserve a response: a catch-all default_server for requests whose Host matches none of your sites, probes for paths you never serve, abusive clients. RFC 6585 §7.2 and §7.3 acknowledge that a server under attack may just drop connections instead of answering 429 or 431. Send a real status when the client should learn something: 421 for a request aimed at a host this server is not configured for (RFC 9110 §15.5.20), 403 or 404 for refused or unknown paths, 429 for rate limits. On a TLS listener, return 444 only runs after the handshake, so the server still presents a certificate; ssl_reject_handshake on (nginx 1.19.4+) refuses unknown server names during the handshake instead.',
  clientBehavior:
    'The client sees the connection close with zero bytes: curl reports "Empty reply from server" (exit code 52) and Chrome shows ERR_EMPTY_RESPONSE. There is no status for code to branch on; HTTP libraries raise a connection or protocol error instead of returning a response. Because nothing was received, RFC 9110 §9.2.2 lets a client repeat an idempotent request automatically, so one dropped request can show up more than once in the access log.',
  cachingBehavior:
    'Nothing reaches any cache because no response exists. A proxy in front of nginx sees an upstream that closed the connection and generates its own error instead: nginx as a reverse proxy answers 502 (RFC 9110 §15.6.3), and Cloudflare answers 520, its code for an empty response from the origin.',
  seoImpact:
    'Google documents that Googlebot treats network errors such as timeouts and connection resets like 5xx errors: crawling slows down and indexed URLs that stay unreachable are removed from the index within days. A 444 rule keyed on User-Agent or an IP list that catches Googlebot therefore removes pages; for URLs that should leave the index, 404 or 410 are the clean signals.',
  apiImpact:
    "API clients cannot tell a 444 from a crash, a firewall drop or a network fault, and get no error body to parse, so they usually retry or report an outage. Reserve it for traffic you want to discard; real consumers need 401, 403 or 429 with a body they can act on. Client-side monitoring records a connection error, not a status; the 444 exists only in nginx's access log.",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Retrying gets the same closed connection, because the cause is a rule in the server configuration, not a transient fault. Clients are allowed to repeat idempotent requests after a connection closes without a response (RFC 9110 §9.2.2), which is why blocked requests often appear twice; a non-idempotent request SHOULD NOT be retried automatically unless the client knows it was not applied (RFC 9110 §9.2.2).',
  },
  scenarios: [
    'A catch-all server { listen 80 default_server; server_name _; return 444; } silently drops requests that arrive with a bare IP address or an unknown Host header, which on most servers are scanners.',
    'A location ~ /\\.(git|env) { return 444; } block drops probes for exposed repository and environment files without confirming that the server exists.',
    "An origin behind Cloudflare answers a path with return 444; visitors see Cloudflare's 520 page, because Cloudflare received an empty response from the origin.",
  ],
  mistakes: [
    'Using 444 as an "access denied" signal for real users: browsers only show a generic connection error, so users get a broken page with no explanation and support gets no status code to search for.',
    "Sending 444 from application code behind nginx: nginx treats the number specially only for its own return and error handling, so an upstream's 444 passes through as an ordinary status line, which clients handle as a generic 4xx (RFC 9110 §15).",
    "Expecting return 444 in a TLS default server to hide the certificate: the handshake completes with that server's certificate before return runs; use ssl_reject_handshake on instead.",
    'Blocking by User-Agent with 444 and catching crawlers or uptime monitors, which then report the site as down.',
  ],
  related: [499, 421, 403, 429, 520],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
