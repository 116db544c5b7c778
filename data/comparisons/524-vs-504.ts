import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [524, 504],
  theme: 'server and gateway errors',
  intro:
    'A long report export or a slow LLM call behind Cloudflare fails with 524, and developers search for "524 gateway timeout" because it behaves exactly like a 504. It is the same situation measured by a different party: 524 is Cloudflare\'s unofficial code for its own read timeout on the origin, while a 504 on a Cloudflare site was normally produced by a gateway inside your origin whose timeout was shorter than Cloudflare\'s. The number therefore tells you whose clock ran out.',
  pairAspects: [
    {
      aspect: 'Place in the IANA registry',
      cells: [
        "Unofficial: Cloudflare's own code, absent from the IANA registry and from every RFC.",
        "Registered, with a meaning fixed by RFC 9110 §15.6.5 rather than by one vendor's documentation.",
      ],
    },
    {
      aspect: 'Whose timer expired',
      cells: [
        "Cloudflare's Proxy Read Timeout at the edge, 120 seconds by default (Cloudflare docs, Error 524), counted after Cloudflare had a TCP connection to the origin and had sent the request.",
        "The timer of whichever gateway generated it; behind Cloudflare that is typically the origin's nginx (proxy_read_timeout, 60 seconds by default) or its cloud load balancer, and Cloudflare passes the status on.",
      ],
    },
    {
      aspect: 'Where the timeout is recorded',
      cells: [
        "Only on Cloudflare's side (its logs and analytics, under the Ray ID); the origin shows a request that completed late, or a 499 from nginx when Cloudflare closed the connection first.",
        'In the origin proxy\'s own error log, for nginx as "upstream timed out (110: Connection timed out) while reading response header from upstream" with the upstream address.',
      ],
    },
  ],
  keyDifference:
    'A 524 means Cloudflare itself connected to the origin and gave up waiting for its HTTP response; a 504 is the standard code of any gateway that gave up, and behind Cloudflare it usually comes from inside your origin.',
  decisionRule:
    "Read the duration: a failure near Cloudflare's read timeout with 524 means the whole origin was too slow for Cloudflare, one at your own proxy's limit with a branded 504 means an inner timeout fired first. Keep your origin's timeouts below Cloudflare's so that your own gateway answers 504 with logs you control, and restructure anything that regularly needs longer.",
  commonMistake:
    'Treating both as "Cloudflare timeouts": a branded 504 was produced inside your origin, so asking Cloudflare to raise a limit changes nothing, and retry rules or alerts written for 504 alone never fire for the 524s, which are the longest and most expensive timeouts of all.',
  faq: [
    {
      question: 'Is it better for my origin to time out before Cloudflare does?',
      answer:
        "Usually, yes. With a 60-second proxy_read_timeout under Cloudflare's longer read timeout, users get an answer sooner, the origin's error log names the slow upstream, and clients that retry or alert on 504 see the failure. The visitor still gets a Cloudflare page either way, because Cloudflare documents that it answers an origin 504 with its own branded error.",
    },
    {
      question: 'Will standard HTTP clients retry a 524 the way they retry a 504?',
      answer:
        'Mostly not. Under RFC 9110 §15 an unrecognised 524 counts as a plain 500, and the default retry lists of curl --retry and ky name 504 but not 524, so scripts and SDKs calling a Cloudflare-proxied API need an explicit rule for it, limited to idempotent requests because the origin may have completed the first attempt.',
    },
    {
      question: 'Why do I sometimes see 524 one second after my configured timeout?',
      answer:
        'Cloudflare documents a possible one-second difference between the configured Proxy Read Timeout and the moment the 524 is returned, caused by its Pingora proxy, and suggests setting the value one second higher, for example 121 instead of 120 seconds. A 504 from your own nginx depends only on proxy_read_timeout, which counts the time between two successive reads, so a response that keeps trickling out never triggers it.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
