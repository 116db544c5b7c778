import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [420, 429],
  theme: 'rate limiting and availability',
  intro:
    'Twitter\'s early APIs answered throttled clients with 420 "Enhance Your Calm", an unofficial code that was never registered, while the standard 429 "Too Many Requests" only arrived with RFC 6585 in April 2012. Both mean "slow down", which is why code written against Twitter still checks for 420 next to 429, and why the number keeps turning up in lists of status codes. Only 429 carries semantics that libraries, gateways and crawlers act on.',
  pairAspects: [
    {
      aspect: 'What software that does not special-case it does',
      cells: [
        'Handles it as a plain 400, the x00 code of its class (RFC 9110 §15): no backoff, no Retry-After handling, and no retry from helpers that only retry "transient" codes.',
        "Recognises rate limiting: retry helpers such as urllib3's list it among the codes whose Retry-After they honour, and Googlebot slows crawling instead of dropping the URL.",
      ],
    },
    {
      aspect: "Use in Twitter's own APIs",
      cells: [
        'The version 1 Search and Trends APIs and the streaming endpoints, where clients that reconnected too often were answered with it.',
        'The API v1.1 REST endpoints, which report an exhausted window with 429 alongside x-rate-limit-limit, x-rate-limit-remaining and x-rate-limit-reset (the reset time in epoch seconds).',
      ],
    },
    {
      aspect: 'Rules attached to the code',
      cells: [
        "None beyond the generic 4xx rules; whatever it means is defined only in Twitter's documentation.",
        'RFC 6585 §4: the response SHOULD explain the condition, MAY carry Retry-After, and MUST NOT be stored by a cache.',
      ],
    },
  ],
  keyDifference:
    'Both say "you are sending too much", but 429 is the registered code that HTTP software understands, whereas 420 is a Twitter-only number that everything else reads as a generic client error.',
  decisionRule:
    'Emit 429, never 420, from anything you build, and add Retry-After when you know when the window resets. In clients of Twitter-era or Twitter-style APIs, treat a 420 exactly like a 429: stop, wait, and retry with growing delays rather than at once.',
  commonMistake:
    'Reusing 420 for a new rate limiter because the Twitter name is memorable: retry helpers, API gateways and Googlebot only recognise 429, so clients that should pause keep hammering the endpoint, a Retry-After attached to the 420 goes unread by generic code, and crawlers drop URLs instead of slowing down.',
  faq: [
    {
      question: 'Why did Twitter use 420 rather than 429?',
      answer:
        "Its rate limits predate the standard code: 429 was only defined by RFC 6585 in April 2012, and Twitter's version 1 Search API and streaming endpoints had been answering throttled clients with 420 before then. When Twitter introduced API v1.1 later that year, its REST endpoints reported rate limits with 429 instead.",
    },
    {
      question: 'How do I make a Python client back off on 420 as it does on 429?',
      answer:
        "List it explicitly: urllib3's Retry(status_forcelist=[420, 429, 503], backoff_factor=...) retries those codes with exponential backoff, and a forcelist entry also makes it wait for any Retry-After the response carries. For streaming endpoints, start the wait at a minute, as Twitter advised, rather than at the fraction of a second a generic backoff factor produces.",
    },
    {
      question: 'Is the HTTP/2 error code ENHANCE_YOUR_CALM related?',
      answer:
        'It borrows the name, not the mechanism. RFC 9113 §7 defines ENHANCE_YOUR_CALM (0xb) as an error code in RST_STREAM or GOAWAY frames for a peer that may be generating excessive load; it ends a stream or a connection and never appears as a status code. Rate limits on individual requests still belong in a 429 response.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
