import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 402,
  phrase: 'Payment Required',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.3'),
  summary:
    'A code HTTP has kept reserved for future use, with no standard meaning. Some payment APIs and pay-per-crawl services use it, each with its own rules.',
  definition:
    'RFC 9110 §15.5.3 says only that 402 is reserved for future use: no header field, body format or client behavior is defined for it. The same one-line reservation appeared in RFC 2068, RFC 2616 and RFC 7231, so 402 has stayed reserved, with no defined semantics, since HTTP/1.1 was first published in 1997.',
  whenToUse:
    'Only inside an API whose documentation defines what 402 means there, because clients outside that contract learn nothing from it. For "your plan does not include this feature" a 403 with an explanatory body is understood everywhere, and for a quota that resets by itself, 429 with Retry-After tells clients when to come back.',
  clientBehavior:
    "No browser or general-purpose HTTP library does anything special with 402: browsers show the body as an error page and libraries report an ordinary client error. Only clients written for a particular payment protocol act on it; clients of Coinbase's x402 protocol, for example, read the payment requirements in the 402, attach a payment and send the request again.",
  cachingBehavior:
    "No specification gives 402 caching rules of its own. When the answer depends on the caller's account, as it almost always does, send Cache-Control: private or no-store so a shared cache cannot hand one customer's payment demand to another.",
  seoImpact:
    "Google documents that every 4xx except 429 keeps a URL out of its index, and 402 is not an exception: paywalled pages that answer crawlers with 402 disappear from search. Google's documented route for indexable paywalled content is structured data that marks the paywalled sections (isAccessibleForFree), not a 402.",
  apiImpact:
    'Because the meaning is set by each API, treat 402 as part of that API\'s contract. Stripe documents 402 as "Request Failed: the parameters were valid but the request failed", which is what a declined card produces, with the reason in the error body. Branch on the error code in the body rather than on 402 alone, since another API may use 402 for an unpaid invoice or an empty prepaid balance.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'The same request cannot succeed until the payment condition changes: the balance is topped up, the card replaced or the offer paid. Protocols built on 402, such as x402, repeat the request only after attaching proof of payment.',
  },
  scenarios: [
    'A Stripe charge on a declined card returns 402 with an error of type card_error and a decline_code such as insufficient_funds.',
    "An AI crawler fetches a page on a site that uses Cloudflare's Pay per Crawl and receives 402 with the price it would have to pay in a response header.",
    'A SaaS API whose free tier ran out answers 402 with a link to the billing page, and a generic HTTP client logs it as an unexplained client error.',
  ],
  mistakes: [
    'Using 402 in a public API without documenting it: general clients, proxies and monitoring treat it as an unspecified 4xx, since RFC 9110 §15.5.3 gives them nothing else to go on.',
    'Returning 402 for rate or quota limits that reset on their own: 429 with Retry-After tells clients when to return, while 402 implies that money is needed.',
    'Expecting browsers to start a payment flow on 402: none does, and the body is all the user sees.',
  ],
  related: [403, 429, 401],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
