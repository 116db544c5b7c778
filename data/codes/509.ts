import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 509,
  phrase: 'Bandwidth Limit Exceeded',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'cPanel hosting (Apache mod_bwlimited)',
  spec: documentSource(
    'Bandwidth Limit Exceeded - http 509 error message (PayMonthlyHosting knowledge base)',
    'https://clients.paymonthlyhosting.co.uk/knowledgebase/48/Bandwidth-Limit-Exceeded---http-509-error-message.html',
  ),
  summary:
    "The website's hosting account has used up its bandwidth allowance for the billing period, so the host serves an error page instead of the site until the quota resets or the plan is upgraded.",
  definition:
    'No RFC defines 509. It comes from shared hosting on Apache with cPanel, whose mod_bwlimited module tracks each account\'s traffic and disables sites that exceed their allocation; hosts document it as a page reading "The server is temporarily unable to service your request due to the site owner reaching his/her bandwidth limit". The condition lasts until the account\'s bandwidth counter resets, usually at the start of the next billing cycle, or the limit is raised.',
  whenToUse:
    'Do not send it from new software. For per-client rate or quota limits, send 429 (Too Many Requests) with Retry-After; for a site that is temporarily switched off, 503 (Service Unavailable) with Retry-After is the standard code that clients and crawlers understand. If you run cPanel, the fix is on the account: raise its bandwidth limit in WHM or upgrade the plan.',
  clientBehavior:
    "Browsers show the host's error page; HTTP libraries raise or return a server error, and retry policies that retry 5xx will keep hitting the same page until the quota resets.",
  cachingBehavior:
    ' A CDN in front of the account may keep serving cached copies of pages for their remaining lifetime while the origin answers 509.',
  seoImpact:
    'Google documents that 5xx responses make Googlebot slow down crawling and that URLs which keep returning server errors are eventually dropped from the index. Because a 509 covers the whole site for the rest of the billing period, a site left over quota for days risks losing indexed pages; raising the limit quickly matters more than anything on the page.',
  apiImpact:
    'An API hosted on such an account returns 509 for every endpoint once the quota is exhausted, and clients see an unexplained server error. APIs that meter their own clients should use 429 with Retry-After (RFC 6585 §4) so that client libraries know to back off and when to come back.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      "Automatic retries cannot help: the block lasts until the hosting account's bandwidth counter resets or its limit is raised, which can be weeks away. Stop retrying and contact the site owner or host.",
  },
  scenarios: [
    'A small business site on a shared cPanel plan is linked from a popular forum, uses its monthly 10 GB in two days, and shows "Bandwidth Limit Exceeded" to every visitor for the rest of the month.',
    "Large video files served directly from shared hosting exhaust the account's transfer allowance, and the site's API endpoints start answering 509 alongside its pages.",
    'A reseller creates hosting packages in WHM with a monthly bandwidth limit, and a customer account that exceeds it is switched to the 509 page until the reseller raises the limit.',
  ],
  mistakes: [
    'Presenting 509 as an HTTP standard code: it is unassigned in the IANA registry and clients only know it as a generic 5xx.',
    'Sending 509 from an application to signal per-user rate limiting: clients do not back off on it; 429 with Retry-After is the code they understand.',
    "Retrying a 509 automatically in a loop: the quota resets on the host's schedule, not after a few seconds.",
  ],
  related: [429, 503, 402, 507],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
