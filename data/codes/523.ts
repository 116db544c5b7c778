import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 523,
  phrase: 'Origin Is Unreachable',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Cloudflare',
  spec: documentSource(
    'Cloudflare docs, Cloudflare 5xx errors: Error 523',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-523/',
  ),
  summary:
    "Cloudflare has no network route to the origin's IP address. The origin server may be healthy; the path to it, or the address Cloudflare has for it, is not.",
  definition:
    "Cloudflare documents that error 523 occurs when Cloudflare cannot contact the origin web server, typically because a network device between Cloudflare and the origin has no route to the origin's IP address (Cloudflare docs, Error 523).",
  whenToUse:
    "Documented causes: a wrong origin address in the A or AAAA record in Cloudflare DNS, Internet routing problems between Cloudflare and the origin, and, in AWS, an overly broad VPC route such as 172.0.0.0/8 that captures traffic for Cloudflare's 172.64.0.0/13 range.",
  clientBehavior:
    'Visitors see Cloudflare\'s "Origin is unreachable" page with a Ray ID. Routing faults can affect only some paths across the Internet, so users in different regions may see different results.',
  cachingBehavior:
    'With Always Online enabled, Cloudflare can serve a stale cached copy or an Internet Archive snapshot of popular pages while the origin is unreachable (Cloudflare docs, Always Online).',
  seoImpact:
    'Googlebot sees a 5xx: crawling slows and URLs that stay unreachable are eventually dropped. Googlebot crawls mostly from US IP addresses, so a routing fault that hits only some regions can affect the crawler differently from your users.',
  apiImpact:
    'The request never reached the origin, so any method can be retried without risk of duplication, but retries succeed only after routing or DNS is fixed. Alert on 523 separately from application 5xx codes: it points at network configuration, not at code.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'any-method',
    backoff: true,
    advice:
      'Harmless for every method because nothing reached the origin, but useless until the route or the DNS record is corrected. Back off instead of retrying in a loop.',
  },
  scenarios: [
    "The origin's IPv6 address changes, but the AAAA record in Cloudflare DNS still carries the old one, which nothing routes to.",
    "In AWS, a VPC route table sends 172.0.0.0/8 to a peering connection and swallows the replies to Cloudflare's 172.64.0.0/13 addresses (Cloudflare docs).",
    "A provider's network outage leaves the origin's address prefix unreachable from part of the Internet.",
  ],
  mistakes: [
    "Restarting the web server: 523 is about reachability and the server may be fine; run an MTR or traceroute from the origin to a Cloudflare IP, as Cloudflare's documentation asks.",
    'Reading 523 as a DNS resolution failure: Cloudflare had an address and could not route to it; hostnames Cloudflare cannot resolve produce 530 with error 1016.',
  ],
  related: [522, 521, 530, 502],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
