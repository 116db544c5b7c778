import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 530,
  phrase: 'Error 530',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Cloudflare',
  otherUses: [
    {
      vendor: 'Pantheon',
      meaning:
        'Pantheon freezes Sandbox sites that are over four months old and have had no code commits or other Git activity for three months; all requests to a frozen site return "530 Site Frozen" until someone clicks Unfreeze site in the Dashboard.',
      source: 'https://docs.pantheon.io/guides/platform-considerations/platform-site-info#inactive-site-freezing',
    },
  ],
  spec: documentSource(
    'Cloudflare docs, Cloudflare 5xx errors: Error 530',
    'https://developers.cloudflare.com/support/troubleshooting/http-status-codes/cloudflare-5xx-errors/error-530/',
  ),
  summary:
    'Cloudflare could not resolve the origin hostname and shows a 1xxx error page with HTTP status 530. The 1xxx number on the page, not the 530, identifies the actual problem.',
  definition:
    "Cloudflare documents that error 530 indicates that Cloudflare is unable to resolve the origin hostname, preventing it from connecting to the origin server, and that the response body contains a 1xxx error code identifying the cause (Cloudflare docs, Error 530). Cloudflare gives 530 no name of its own: its documentation titles the page 'Error 530', which is the label used here, and its 1xxx errors page says that HTTP errors such as 530 are returned in the status header of a response while 1xxx errors appear in the HTML body (Cloudflare docs, Cloudflare 1xxx errors).",
  whenToUse:
    'Look up the 1xxx code in the body: 1016 (Origin DNS error) means an A record is missing or a CNAME points to a hostname that does not resolve; 1033 (Argo Tunnel error) means Cloudflare cannot resolve a hostname configured as a Cloudflare Tunnel, usually because cloudflared is not running.',
  clientBehavior:
    'Visitors see a Cloudflare page naming the 1xxx error. Scripts that log only the status lose the 1xxx detail, so capture the body or page title too.',
  cachingBehavior:
    "The page is Cloudflare's, generated because the origin hostname did not resolve, not your content. No origin response was involved, so there is nothing for a cache to revalidate against until the hostname resolves again.",
  seoImpact:
    'Googlebot sees a 5xx: crawling slows and URLs that keep failing are eventually dropped. A stopped cloudflared process on a small self-hosted machine can keep a site in 530 for days and take its indexed pages with it.',
  apiImpact:
    'The request never reached an origin, so retrying cannot duplicate work; it only succeeds once DNS or the tunnel is repaired. For APIs published through Cloudflare Tunnel, alert on 530 specifically: it usually means cloudflared is down, not the application.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'any-method',
    backoff: true,
    advice:
      'Safe for every method because Cloudflare never connected to an origin. Back off and retry; quick retries only help during a brief tunnel reconnect.',
  },
  scenarios: [
    'A self-hosted app exposed through Cloudflare Tunnel goes offline when the machine running cloudflared reboots and the service does not start; visitors get 530 with error 1033.',
    'A CNAME in Cloudflare DNS points to a platform hostname whose app was deleted; Cloudflare cannot resolve the target and returns 530 with error 1016.',
  ],
  mistakes: [
    'Troubleshooting 530 as an origin server failure: no origin was contacted; check DNS records and tunnels, guided by the 1xxx code.',
    'Reporting only "530" in a ticket: without the 1xxx number from the page, the cause cannot be told apart.',
  ],
  related: [523, 502, 521, 522],
  updated: '2026-12-06',
} satisfies StatusCodeInput;
