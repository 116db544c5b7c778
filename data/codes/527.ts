import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 527,
  phrase: 'Railgun Listener to Origin Error',
  formerPhrases: [],
  alsoKnownAs: [
    {
      phrase: 'Railgun Error',
      note: "The name Cloudflare's documentation gave 527 while Railgun was offered.",
      source:
        'https://github.com/cloudflare/cloudflare-docs/blob/0a96d9c6ee6256f608b965025fd648d55befc5c5/content/support/Troubleshooting/Cloudflare%20Errors/Troubleshooting%20Cloudflare%205XX%20errors.md',
    },
  ],
  status: 'unofficial',
  vendor: 'Cloudflare',
  spec: documentSource(
    'Cloudflare docs (archived source): Troubleshooting Cloudflare 5XX errors, 527 Error: Railgun Listener to origin error',
    'https://github.com/cloudflare/cloudflare-docs/blob/0a96d9c6ee6256f608b965025fd648d55befc5c5/content/support/Troubleshooting/Cloudflare%20Errors/Troubleshooting%20Cloudflare%205XX%20errors.md',
  ),
  summary:
    "Cloudflare's code for a broken Railgun connection: the link between Cloudflare and the rg-listener on the origin's network was interrupted, or the listener could not get a response from the origin. Railgun was deprecated on January 31, 2024, so 527 belongs to the past.",
  definition:
    "Cloudflare's former troubleshooting page stated that \"a 527 error indicates an interrupted connection between Cloudflare and your origin's Railgun server (rg-listener)\" and listed firewall interference, packet loss, connection timeouts, an exceeded LAN timeout, refused connections and TLS errors between listener and origin as causes. Railgun was deprecated on January 31, 2024, and Cloudflare's current 5xx documentation no longer lists 527.",
  whenToUse:
    'Only Cloudflare generated it, for zones with Railgun enabled. It now matters only for reading old logs, dashboards and status-code lists. The listener logged the underlying error (for example dial tcp ...: i/o timeout or connection refused), and the listener gave the origin 30 seconds by default to respond, set by lan.timeout in railgun.conf.',
  clientBehavior: 'Visitors saw a Cloudflare error page with code 527. Client code that special-cases 527 can be removed.',
  cachingBehavior:
    "Cloudflare's Always Online documentation still names the 520-527 range as the origin-unreachable errors it can answer with a stale or archived copy (Cloudflare docs, Always Online).",
  seoImpact:
    "While Railgun existed, Googlebot saw 527 as a 5xx and slowed crawling like for any server error. Since Railgun's deprecation, crawlers no longer meet it on Cloudflare zones.",
  apiImpact:
    'No current client needs to handle 527 specifically; if it ever appears, treat it as a generic 5xx and find out which system produced it. Status tables in libraries and monitoring tools that present 527 as an active Cloudflare error are out of date.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'idempotent-only',
    backoff: true,
    advice:
      'Historically, idempotent requests could be retried with backoff, while a timeout between listener and origin left the outcome of a POST unknown. Today a 527 should not come from Cloudflare at all.',
  },
  scenarios: [
    "An old access-log archive from a Railgun-enabled zone shows bursts of 527 that match the rg-listener's 30-second LAN timeout against a slow origin.",
    'A monitoring dashboard\'s status legend still lists "527 Railgun Error" long after the feature was retired.',
  ],
  mistakes: [
    "Documenting 527 as a current Cloudflare error: Railgun was deprecated on January 31, 2024 and Cloudflare's 5xx documentation no longer includes it.",
    'Reading a historical 527 as proof that the origin was down: the web server could be healthy while the listener between it and Cloudflare failed.',
  ],
  related: [520, 522, 524, 502],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
