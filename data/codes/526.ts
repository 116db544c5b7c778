import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 526,
  phrase: 'Invalid SSL Certificate',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Cloudflare',
  spec: documentSource(
    'Cloudflare docs, Cloudflare 5xx errors: Error 526',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-526/',
  ),
  summary:
    "In Full (strict) mode, Cloudflare could not validate the origin's certificate: expired, revoked, self-signed, or issued for another hostname. Cloudflare refuses to use the connection.",
  definition:
    'Cloudflare documents that error 526 indicates that Cloudflare is unable to verify the SSL certificate on the origin server, and that it occurs when the certificate cannot be validated while the SSL/TLS mode is Full (strict) (Cloudflare docs, Error 526). Cloudflare Gateway returns the same code for origins whose certificates or cipher suites it does not trust, and Workers subrequests to hosts outside the zone that are not proxied always use Full (strict) validation.',
  whenToUse:
    "The origin certificate must be unexpired, unrevoked, signed by a certificate authority (a Cloudflare Origin CA certificate also qualifies) and must list the requested hostname in its Common Name or Subject Alternative Name. A self-signed certificate can be added to Cloudflare's Custom Origin Trust Store instead of lowering the mode to Full.",
  clientBehavior:
    'Visitors see Cloudflare\'s "Invalid SSL certificate" page, not a browser certificate warning, because their connection to Cloudflare is valid; only the Cloudflare-to-origin leg failed. Users behind Cloudflare Gateway (Zero Trust) can get 526 for third-party sites whose certificates Gateway does not trust.',
  cachingBehavior:
    'With Always Online enabled, Cloudflare can serve a stale copy or an Internet Archive snapshot while the origin certificate is invalid (Cloudflare docs, Always Online).',
  seoImpact:
    'Googlebot gets a 5xx on the affected hostnames from the moment the origin certificate expires: crawling slows and URLs are eventually dropped. Monitor the origin certificate separately from the edge certificate, which visitors and most uptime checks see.',
  apiImpact:
    "A Worker that calls an external API with a self-signed or expired certificate gets 526 from fetch(), whatever the Worker's zone settings say, because such subrequests always use Full (strict). Nothing reached the remote application, so the call can be repeated once the certificate is fixed.",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'any-method',
    backoff: true,
    advice:
      'Safe for any method because validation fails before the request is sent, but pointless until the certificate is replaced, added to the trust store or the mode changed.',
  },
  scenarios: [
    'An origin certificate from a private internal CA worked in Full mode; switching the zone to Full (strict) turns every request into 526.',
    "The certificate renewal job on the origin silently failed; when the certificate expires, Cloudflare returns 526 while visitors' browsers, which only see Cloudflare's certificate, never warned.",
    'A Cloudflare Origin CA certificate covers example.com and *.example.com, and a new hostname two levels deep, api.v2.example.com, fails validation.',
  ],
  mistakes: [
    'Lowering the mode to Full for good to silence 526: Cloudflare then accepts any certificate at the origin, including one presented by an attacker on the path; fix the certificate or use the Custom Origin Trust Store.',
    'Relying on public certificate monitoring: it checks the edge certificate, so an expired origin certificate goes unnoticed until 526s appear.',
  ],
  related: [525, 495, 502, 421],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
