import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [502, 504],
  theme: 'server and gateway errors',
  intro:
    'Both come from the same proxy, load balancer or CDN, on the same style of error page, and both mean the trouble is behind it. The dividing line is what the proxy got back: a 502 means it got something unusable (a refused or reset connection, a half-written response), a 504 means it got nothing before its timer expired. The response time in the access log usually tells them apart before any other investigation.',
  pairAspects: [
    {
      aspect: 'What the gateway received',
      cells: [
        'Something it could not use: a refused or reset connection, a close before the response was complete, or bytes that are not a valid HTTP response (RFC 9110 §15.6.3).',
        'Nothing in time: the connect or read timer expired before a response arrived (RFC 9110 §15.6.5).',
      ],
    },
    {
      aspect: 'Typical duration in the access log',
      cells: [
        'Often a few milliseconds (connection refused), or however long the upstream ran before it crashed.',
        "Pinned at a configured limit: 60 seconds for nginx's proxy_connect_timeout and proxy_read_timeout and for an AWS Application Load Balancer's idle timeout, unless changed.",
      ],
    },
    {
      aspect: 'Did the upstream get the request?',
      cells: [
        'Depends on the failure: a refused connection means it never arrived, while a reset or premature close mid-response means it arrived and may have been acted on.',
        'Depends on the timer: a connect timeout means it never arrived, while a read timeout means it arrived and may still be running after the gateway gave up.',
      ],
    },
    {
      aspect: 'What usually fixes it',
      cells: [
        'Getting the upstream to accept and complete connections: restart or scale the process, align keep-alive timeouts, fix HTTP vs HTTPS or header-size mismatches.',
        'Making the upstream answer faster, or moving long work out of the request; raising the proxy timeout only moves the failure.',
      ],
    },
  ],
  keyDifference:
    "A 502 means the upstream answered badly or broke the connection; a 504 means the gateway's timer ran out before any answer came.",
  decisionRule:
    'In a gateway, send 502 when the upstream connection is refused, reset or closed early or the response does not parse, and 504 when a connect or read timeout expires with nothing usable received; when debugging, look at $request_time first, since a value equal to a configured timeout points to 504 causes.',
  commonMistake:
    'Raising proxy_read_timeout to cure 502s: the proxy was not waiting too little, it was refused or cut off, so the change does nothing except let genuinely slow requests hold connections longer. The mirror image is restarting healthy backends to clear 504s that a slow database query is causing.',
  faq: [
    {
      question: 'Why does a stopped application give 502 but a dead host give 504?',
      answer:
        'On a live host with nothing listening on the port, the kernel answers the SYN with a reset and nginx reports "Connection refused" as 502 at once. When the host is off or a firewall silently drops packets, no reset comes, nginx waits out proxy_connect_timeout (60 seconds by default; its documentation notes it usually cannot exceed 75 seconds) and answers 504.',
    },
    {
      question: 'Does nginx retry another upstream on both errors?',
      answer:
        'Its default proxy_next_upstream value, "error timeout", covers both the connection errors behind 502 and the timeouts behind 504, so each can trigger a second try on another server before the client sees anything. Upstream responses that already carry 502 or 504 are only retried if http_502 or http_504 is listed. Each retry against a slow pool adds another full timeout to the user\'s wait.',
    },
    {
      question: 'Can I see a 504 in my CDN logs even though the origin is healthy?',
      answer:
        "Yes, because caches generate 504 on their own: a request with Cache-Control: only-if-cached that the cache cannot answer from storage gets a 504 without the origin being asked at all (RFC 9111 §5.2.1.7), and Cloudflare's troubleshooting page for errors 502 and 504 notes that cache misses of Early Hints show up as 504 in logs and analytics. A 502, by its definition, always reports on a response from an inbound server that the gateway actually accessed (RFC 9110 §15.6.3).",
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
