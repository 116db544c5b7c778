import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [444, 499],
  theme: 'server and gateway errors',
  intro:
    'Both are nginx-only numbers that show up in the access log with zero bytes sent, and neither is ever received by a client, so they are easy to lump together as "connection closed". They record opposite events. A 444 is nginx hanging up on purpose because its configuration said "return 444"; a 499 is nginx noting that the client hung up before any response could be sent.',
  pairAspects: [
    {
      aspect: 'Who closed the connection',
      cells: [
        'nginx, deliberately, because a return 444 in the matching server or location was executed.',
        'The client side: a browser tab that was closed, an SDK timeout, or a load balancer or CDN in front of nginx.',
      ],
    },
    {
      aspect: 'How it gets into the log',
      cells: [
        'Only where someone configured it, typically a default server that catches unknown Host names or a location that blocks scanners.',
        "Automatically, on any request whose client disconnects first, most often while nginx waits for an upstream. With proxy_ignore_client_abort on, nginx keeps the upstream connection open when the client leaves (ngx_http_proxy_module) and logs the upstream's status instead of 499.",
      ],
    },
    {
      aspect: 'Effort spent before the close',
      cells: [
        'Almost none: return runs in the rewrite phase, before any proxy_pass or file access, so $request_time is close to zero and $upstream_addr is empty.',
        'Possibly a lot: the request was usually already with an upstream, $upstream_addr is set, and $request_time shows how long the client waited.',
      ],
    },
    {
      aspect: 'What a rising count means',
      cells: [
        'More traffic matching your blocking rules: a new scanner, or a rule that has started to catch legitimate clients after a change.',
        'Clients giving up more often: an endpoint got slower, or a client or balancer timeout got shorter.',
      ],
    },
  ],
  keyDifference:
    'A 444 records that nginx hung up on the client on purpose; a 499 records that the client hung up on nginx before an answer was ready.',
  decisionRule:
    'Use return 444 only for traffic you want to drop without spending a response on it, such as requests for hostnames you do not serve; never expect to configure 499, and read it as a measurement whose $request_time points to the client-side timeout that is shorter than your upstream.',
  commonMistake:
    'Feeding both numbers into the same ban rule (fail2ban, sshguard) or the same 4xx error-rate metric: 444 hits are scanners already being dropped, but 499s come from real users whose browser or app gave up on a slow page, so banning on 499 locks out the customers you serve worst, and a combined metric hides a latency problem behind bot noise.',
  faq: [
    {
      question: 'Which of the two belongs on a service-health dashboard?',
      answer:
        'The 499 share per location, next to $request_time percentiles, since it rises when responses get slower than clients will wait. The 444 count belongs with security metrics: it measures how much traffic your rules discard, and a sudden jump right after a deploy is worth checking against legitimate user agents and addresses.',
    },
    {
      question: 'Why do log tools count both as client errors?',
      answer:
        'They bucket by the first digit, and both numbers sit in the 4xx range, although neither was ever sent as a response, and the 4xx meaning in RFC 9110 §15.5, "the client seems to have erred", fits a 499 only loosely and a 444 not at all. Tag them separately in log processing, for example as "dropped" for 444 and "abandoned" for 499, so that 4xx rates keep describing responses your clients saw.',
    },
    {
      question: 'Can one request be logged with both?',
      answer:
        'No. A request that matches return 444 is closed before nginx waits on anything, so the client has no chance to leave first; a 499 requires nginx to still be working on the request, typically waiting for an upstream, when the disconnect arrives. Each access log line therefore tells you unambiguously which side ended the exchange.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
