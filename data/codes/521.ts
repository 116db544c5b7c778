import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 521,
  phrase: 'Web Server Is Down',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Cloudflare',
  spec: documentSource(
    'Cloudflare docs, Cloudflare 5xx errors: Error 521',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-521/',
  ),
  summary:
    "Cloudflare tried to connect to the origin and the origin refused the connection. Usually the web server is not running, or a firewall rejects Cloudflare's IP addresses.",
  definition:
    'Cloudflare documents that error 521 occurs when the origin web server refuses connections from Cloudflare, and that security solutions at the origin may block legitimate connections from some Cloudflare IP addresses (Cloudflare docs, Error 521). A refusal is an immediate answer, unlike 522, where the origin does not answer in time.',
  whenToUse:
    'Documented causes: the web server application is offline or crashed, Cloudflare IP ranges are blocked or rate-limited at the origin, and nothing listens on the port the SSL/TLS mode uses: port 80 for Flexible, port 443 for Full and Full (strict).',
  clientBehavior:
    'Visitors see Cloudflare\'s "Web server is down" page with a Ray ID. When only some Cloudflare IP ranges are blocked, visitors routed through different Cloudflare locations see different results.',
  cachingBehavior:
    "An origin that refuses connections leaves Cloudflare in what RFC 9111 calls a disconnected state, where serving a stale stored response is permitted unless a directive such as must-revalidate forbids it (RFC 9111 §4.2.4); Cloudflare's Always Online does this for 520-527 errors when enabled (Cloudflare docs, Always Online).",
  seoImpact:
    'Googlebot sees a 5xx and slows crawling, and URLs that stay unreachable are eventually dropped from the index. For planned maintenance, keep the web server running and answer 503 with Retry-After instead of stopping it, so the outage is explicit.',
  apiImpact:
    'A refused connection means the request never reached the application, so a retry cannot duplicate work, even for POST. Clients should back off: a 521 usually lasts until someone restarts the server or fixes the firewall.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'any-method',
    backoff: true,
    advice:
      "Safe for every method, because the connection was refused before the request was sent. Use exponential backoff; immediate retries rarely help until the web server is running again or the firewall admits Cloudflare's ranges.",
  },
  scenarios: [
    'A deploy restarts nginx with a configuration that fails to load; nginx stays down and every proxied request returns 521.',
    'A host firewall or security plugin starts rejecting some Cloudflare IP ranges after mistaking them for attackers; visitors behind those Cloudflare addresses get 521 while others do not.',
    "The SSL/TLS mode is switched to Full, but the origin has no listener on port 443, so Cloudflare's connections to it are refused.",
  ],
  mistakes: [
    'Allowing only a few Cloudflare IP addresses instead of all published ranges: requests arrive from many Cloudflare addresses, so failures look random.',
    'Assuming Cloudflare is down because the error page is Cloudflare-branded: Cloudflare served the page; the refusal came from the origin.',
  ],
  related: [522, 523, 502, 503, 520],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
