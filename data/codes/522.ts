import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 522,
  phrase: 'Connection Timed Out',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Cloudflare',
  spec: documentSource(
    'Cloudflare docs, Cloudflare 5xx errors: Error 522',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-522/',
  ),
  summary:
    'Cloudflare could not complete a TCP connection to the origin in time, or the origin never acknowledged the request. Typically packets to the origin are being dropped: by a firewall, an overloaded server, or because DNS points at the wrong IP.',
  definition:
    "Cloudflare documents that error 522 occurs when Cloudflare times out contacting the origin web server, through one of two timeouts: the origin does not return a SYN+ACK within 19 seconds of Cloudflare's SYN, or, after the connection is established, the origin does not acknowledge (ACK) Cloudflare's request within 90 seconds (Cloudflare docs, Error 522).",
  whenToUse:
    'Documented causes: Cloudflare IPs rate-limited or blocked in .htaccess, iptables or firewalls (the most common cause), an overloaded or offline origin dropping requests, keep-alives disabled at the origin, an origin IP in Cloudflare DNS that no longer belongs to the server, dropped packets, and a Worker on a Custom Domain that fetches its own hostname.',
  clientBehavior:
    'Visitors wait through Cloudflare\'s connection attempts before the "Connection timed out" page appears. Clients with shorter timeouts give up first and report their own timeout; Cloudflare then logs the request as 499 (Cloudflare docs, Error 499).',
  cachingBehavior:
    'With Always Online enabled, Cloudflare can answer with a stale copy from its cache or an Internet Archive snapshot of popular pages instead of the 522 (Cloudflare docs, Always Online).',
  seoImpact:
    'Googlebot gets a 5xx after a long wait, so crawling slows and URLs that stay unreachable are eventually dropped. Origin rate limits keyed on client IP only see Cloudflare\'s addresses, so throttling "heavy" IPs blocks many visitors and crawlers at once.',
  apiImpact:
    'In the first case (no SYN+ACK) the request was never delivered; in the second (no ACK within 90 seconds after connecting) the outcome is unknown, so treat a 522 on a non-idempotent request as possibly applied. Long client timeouts are wasted on 522: fail fast and retry with backoff.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'idempotent-only',
    backoff: true,
    advice:
      'GET and other idempotent requests can be retried with backoff (RFC 9110 §9.2.2). Retry a POST only with an idempotency key, since the origin may have received it. Immediate retries rarely help: a 522 lasts until the firewall rule, overload or DNS record is fixed.',
  },
  scenarios: [
    'The hosting provider moves the server to a new IP address; the A record in Cloudflare DNS still points at the old one and every request times out with 522.',
    "A cloud firewall admits only some of Cloudflare's IP ranges and silently drops packets from the rest.",
    "A Worker on a Custom Domain calls fetch() on its own hostname and gets 522, as Cloudflare's documentation warns.",
  ],
  mistakes: [
    'Confusing 522 with 524: 522 means the connection or the acknowledgement never happened; 524 means the origin accepted the request and was too slow to answer. Raising application timeouts does nothing for a 522.',
    'Checking only REJECT rules: rejected Cloudflare traffic shows up as 521, dropped traffic as 522, so DROP rules and rate limits need checking too.',
    'Disabling keep-alive at the origin: Cloudflare lists disabled keep-alives among the causes of 522, and every request then needs a new connection.',
  ],
  related: [524, 521, 523, 504, 599],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
