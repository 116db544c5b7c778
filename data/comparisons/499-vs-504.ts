import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [499, 504],
  theme: 'server and gateway errors',
  intro:
    "Slow upstream requests end in nginx's access log as one of these two, and which one you get depends only on who runs out of patience first. If nginx's own proxy timeout fires, it sends the client a 504; if the client, a load balancer in front or a mobile SDK, hangs up earlier, nginx records 499. Only 504 is an HTTP status code: 499 is an nginx-specific, unregistered value that never goes over the wire.",
  pairAspects: [
    {
      aspect: 'Registration',
      cells: [
        "Unofficial: nginx's NGX_HTTP_CLIENT_CLOSED_REQUEST, which its source describes as its own code for a client that closed the connection before nginx could send the response header; it is not in the IANA registry.",
        'Listed in the IANA registry and defined in RFC 9110 §15.6.5, so HTTP clients, monitoring tools and log parsers recognise it.',
      ],
    },
    {
      aspect: 'Who gave up',
      cells: [
        "The downstream side: the browser, the SDK's timeout, or a load balancer in front of nginx closed the connection (RFC 9110 §7.5 allows clients and intermediaries to abandon a request).",
        'nginx itself, when proxy_connect_timeout or proxy_read_timeout expired while it waited for the upstream.',
      ],
    },
    {
      aspect: 'Who ever sees the number',
      cells: [
        "Only whoever reads nginx's logs or metrics; the client is already gone and receives nothing.",
        'The client, in the status line and usually an HTML error page, plus the logs of every proxy it passes back through.',
      ],
    },
    {
      aspect: '$request_time in those log lines',
      cells: [
        'Whatever the client was willing to wait: clustered at an SDK or balancer timeout when a limit is hit, scattered when people close tabs or navigate away.',
        "Pinned at proxy_read_timeout (plus connect time), or at proxy_connect_timeout for an unreachable upstream, because nginx's own timer decides it.",
      ],
    },
  ],
  keyDifference:
    'A 504 is nginx telling the client it stopped waiting for the upstream; a 499 is nginx noting that the client stopped waiting first, so nothing was sent at all.',
  decisionRule:
    "Neither is a code your application chooses: when 499s pile up at one duration, find the client-side timeout shorter than your upstream's response time; when 504s sit at proxy_read_timeout, fix the slow upstream. Order timeouts so that each hop waits a little longer than the one behind it, and the innermost hop reports the failure with a real status code.",
  commonMistake:
    "Judging upstream health from nginx's 5xx rate alone while a load balancer sits in front with the same 60-second limit: the balancer's timer started earlier, so it expires first, users receive its 504, and nginx logs a 499 with no 5xx at all. Set nginx's proxy_read_timeout a few seconds below the balancer's idle timeout so that nginx produces the 504 and its error log names the slow upstream.",
  faq: [
    {
      question: 'Can a client ever receive a 499?',
      answer:
        'Not from nginx, which only logs it after the connection is closed. If some other server put 499 in a status line, RFC 9110 §15 would make a client that does not recognise it treat it as a 400, which says nothing useful; an application should never emit the number itself.',
    },
    {
      question: 'Can I make nginx answer 504 before my mobile clients give up?',
      answer:
        'Yes, by setting proxy_read_timeout per location below the client timeout, for example 25 seconds on an API location called by an SDK with a 30-second timeout. The client then receives a real 504 that its retry policy can act on (ky, for instance, retries 504 for idempotent methods by default), and nginx\'s error log records "upstream timed out" with the upstream address instead of a bare 499.',
    },
    {
      question: 'Is there an equivalent of 499 outside nginx?',
      answer:
        "AWS Application Load Balancers log 460 when the client closes the connection before the load balancer's idle timeout elapses, another unofficial code that exists only in access logs. Envoy records the case with the DC (downstream connection termination) response flag rather than a number, and for its own upstream timeouts it uses 504, the same standard code as nginx.",
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
