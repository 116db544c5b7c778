import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 525,
  phrase: 'SSL Handshake Failed',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Cloudflare',
  spec: documentSource(
    'Cloudflare docs, Cloudflare 5xx errors: Error 525',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-525/',
  ),
  summary:
    'Cloudflare could not complete a TLS handshake with the origin. It only happens in the Full and Full (strict) SSL/TLS modes, where Cloudflare connects to the origin over HTTPS.',
  definition:
    'Cloudflare documents that error 525 indicates that the SSL handshake between Cloudflare and the origin web server failed, and that it occurs when that handshake fails while the SSL/TLS mode is Full or Full (strict) (Cloudflare docs, Error 525).',
  whenToUse:
    'Documented causes: no valid SSL certificate installed on the origin, port 443 (or the custom secure port) not open, no SNI support, and no cipher suite in common between Cloudflare and the origin. The fix is on the origin, for example installing a free Cloudflare Origin CA certificate and checking its TLS configuration.',
  clientBehavior:
    'Visitors see Cloudflare\'s "SSL handshake failed" page; their own TLS connection to Cloudflare is fine, so the browser shows no certificate warning.',
  cachingBehavior:
    "With Always Online enabled, Cloudflare can serve a stale copy or an Internet Archive snapshot while the origin's TLS is broken (Cloudflare docs, Always Online).",
  seoImpact:
    'Googlebot sees a 5xx on every URL routed to the broken origin: crawling slows and URLs are eventually dropped. 525s usually start exactly at a deploy or certificate change, which makes the cause easy to find in the timeline.',
  apiImpact:
    "No request data reached the application, so retries cannot duplicate work, but they fail until the origin's TLS is repaired. Cloudflare's Origin Analytics shows such failures as an origin response status of 0, meaning no HTTP response (Cloudflare docs, Error 525).",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'any-method',
    backoff: true,
    advice:
      'Safe for every method: the handshake failed before the request was sent. Only intermittent 525s, for example from one of several origin servers with a broken certificate, succeed on retry; otherwise fix the origin first.',
  },
  scenarios: [
    "An origin's TLS settings are hardened to a short cipher list that has no suite in common with Cloudflare; handshakes fail with 525 right after the deploy.",
    'One of several origin servers behind a load balancer has a broken certificate file after renewal, so a fraction of requests fail with 525.',
    'The hosting provider moves the site to a server with no certificate for the domain while the zone is on Full.',
  ],
  mistakes: [
    'Switching the zone to Flexible to make 525 disappear: traffic to the origin becomes plain HTTP, and an origin that redirects HTTP to HTTPS then produces a redirect loop.',
    'Confusing 525 with 526: 525 means no TLS session could be set up at all; 526 means the handshake worked but the certificate failed validation in Full (strict).',
    'Testing the origin by IP in a browser: without the right SNI the origin may answer differently from what Cloudflare sees; use curl --resolve example.com:443:ORIGIN_IP https://example.com/.',
  ],
  related: [526, 495, 502, 520],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
