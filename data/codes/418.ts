import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 418,
  phrase: '(Unused)',
  formerPhrases: [],
  alsoKnownAs: [
    {
      phrase: "I'm a teapot",
      note: 'The name RFC 2324 (HTCPCP/1.0, an April 1 RFC about coffee pots, not HTTP) gave 418 in its own protocol; the HTTP registry never listed it, and RFC 9110 §15.5.19 reserves 418 as (Unused).',
      source: 'https://www.rfc-editor.org/rfc/rfc2324#section-2.3.2',
    },
  ],
  status: 'unused',
  spec: rfc(9110, '15.5.19'),
  summary:
    'Not a real HTTP status: 418 "I\'m a teapot" comes from an April Fools\' RFC about coffee pots, and HTTP reserves the number only because so much software uses it as a joke.',
  definition:
    'RFC 2324, an April 1 RFC describing a coffee-pot control protocol, defined "418 I\'m a teapot" for any attempt to brew coffee with a teapot (RFC 2324 §2.3.2). It was never part of HTTP, but it was deployed as a joke often enough that RFC 9110 §15.5.19 marks it reserved in the IANA registry as "(Unused)": it cannot be assigned to another use now, though it may be reassigned if the 4xx range ever runs out.',
  whenToUse:
    'Never as a real answer: it has no HTTP semantics, so clients, proxies and monitoring can only read it as a generic 400. Easter eggs and demo endpoints are the only harmless place for it. To refuse a client use 403, to rate-limit 429, for an unsupported method 405 or 501, for bad input 400 or 422.',
  clientBehavior:
    'No browser or common HTTP library gives 418 behaviour of its own; apart from the reason phrase some print, it is handled as 400. Many HTTP libraries still know the joke and print "I\'m a teapot"; in 2017 a proposal to remove it from Node.js and Go met a protest campaign ("Save 418"), and it stayed.',
  cachingBehavior:
    'As with any status code outside that list, a cache stores it only when the response explicitly allows that, for example with Cache-Control: max-age or public (RFC 9111 §3).',
  seoImpact:
    "Google's page on how status codes affect Search says outright that exotic codes such as 418 are not covered. An Easter-egg page served with 418 stays out of search results.",
  apiImpact:
    'A 418 gives an API client nothing to act on: generic error handling maps it to 400, and dashboards count it as a client error. Keep it out of public API contracts, since RFC 9110 §15.5.19 leaves the number open to reassignment and its meaning could one day change.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'The same request gets the same 418. If a real service returns 418, its body is the only place that may explain the actual reason.',
  },
  scenarios: [
    'Opening google.com/teapot shows Google\'s Easter-egg page, "418. I\'m a teapot", with an animated teapot.',
    'A test suite has an endpoint return 418 as an unmistakable status to check that a proxy or error handler passes unusual codes through untouched.',
  ],
  mistakes: [
    'Returning 418 in production as a playful "no": proxies, SDKs and dashboards see an unknown 4xx handled as 400, and the user gets no actionable reason.',
    'Using 418 to block bots or rate-limit: clients and crawlers do not back off as they do for 429 with Retry-After.',
    'Assuming 418 is a standard HTTP code because libraries define a constant for it; the registry lists it as "(Unused)".',
  ],
  related: [400, 403, 429, 501],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
