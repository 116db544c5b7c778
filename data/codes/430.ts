import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 430,
  phrase: 'Shopify Security Rejection',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Shopify',
  spec: documentSource('Shopify API response status and error codes', 'https://shopify.dev/docs/api/usage/response-codes'),
  summary:
    "Shopify's answer to a request its security layer has flagged as potentially malicious: the request is rejected before it reaches the store or the API, whatever its credentials.",
  definition:
    'Shopify lists 430 "Shopify Security Rejection" among the status codes of its APIs, for requests rejected because they were considered potentially malicious. The decision concerns the client and its traffic, so a valid access token does not prevent it. In the IANA registry 430 is unassigned, between 429 and 431, both from RFC 6585.',
  whenToUse:
    'Only Shopify sends it. A service of your own that refuses a request it considers abusive sends 403 (Forbidden, RFC 9110 §15.5.4), or 429 (Too Many Requests, RFC 6585 §4) with Retry-After when the problem is the request rate.',
  clientBehavior:
    'Shopify API clients surface it as an HTTP error with status 430; code written for rate limits, which branches on 429, does not recognise it.',
  cachingBehavior:
    'The rejection concerns the client and its traffic, not the requested resource, so no cache should reuse it for other clients; API responses of this kind carry no freshness information.',
  seoImpact:
    'Crawlers that fetch storefront pages too aggressively or from flagged addresses can receive it; Googlebot fetching at a normal rate is not the target. A crawler that keeps getting a 4xx for a page drops that page, so a rejection that persists for a legitimate crawler is worth raising with Shopify support.',
  apiImpact:
    "Apps hosted on shared cloud egress addresses can inherit another tenant's bad reputation. Send a descriptive User-Agent, stay within Shopify's documented API rate limits (which answer 429, not 430), avoid scraping storefront pages when an Admin or Storefront API gives the data, and contact Shopify support with the request details if a legitimate integration is rejected.",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Repeating the request from the same client and address tends to be rejected again and can reinforce the flag. Change what made it look abusive (request rate, client identification, the data source used) before sending it again.',
  },
  scenarios: [
    'A price-monitoring script fetches thousands of product pages from several Shopify stores through a cloud function; after a while every request answers 430.',
    'An app backend on a shared serverless platform starts getting 430 on Admin API calls that worked the day before, without any change to its code or token.',
  ],
  mistakes: [
    'Treating 430 as a rate limit and only slowing down: Shopify rate limits answer 429, and a 430 is a security decision about the client.',
    'Rotating IP addresses to get around 430: it is the pattern Shopify flags, and it turns a legitimate integration into one that looks malicious.',
  ],
  related: [403, 429, 451],
  updated: '2026-12-06',
} satisfies StatusCodeInput;
