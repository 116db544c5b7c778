import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [408, 504],
  theme: 'server and gateway errors',
  intro:
    'Both names contain "timeout", both appear in nginx logs, and both default to a 60-second limit there, so they are easy to swap in code and in incident reports. They point in opposite directions: a 408 means the server gave up waiting for the client to finish sending its request, a 504 means a gateway gave up waiting for the upstream to answer a request it had received in full. One blames the sender, the other the server behind the proxy.',
  pairAspects: [
    {
      aspect: 'Who was too slow',
      cells: [
        'The client, while sending the header section or body (RFC 9110 §15.5.9).',
        'The upstream server, while connecting or producing its response (RFC 9110 §15.6.5).',
      ],
    },
    {
      aspect: 'nginx timers that produce it',
      cells: [
        'client_header_timeout and client_body_timeout, 60 seconds by default; the body timer counts the gap between two successive reads, not the whole upload.',
        'proxy_connect_timeout and proxy_read_timeout (also fastcgi_read_timeout, uwsgi_read_timeout), 60 seconds by default; the read timer likewise counts the gap between two reads from the upstream.',
      ],
    },
    {
      aspect: 'How far the request got',
      cells: [
        'It never reached the application: the request was incomplete, so no handler ran.',
        'It was complete, forwarded, and possibly executed upstream after the gateway stopped waiting.',
      ],
    },
    {
      aspect: "The client's connection afterwards",
      cells: [
        'Usually closed by the server, since in HTTP/1.1 a half-read request leaves no reliable message boundary; a repeat uses a new connection (RFC 9110 §15.5.9).',
        'Normally stays open and reusable: the client sent a complete request and got a complete, if unhappy, response.',
      ],
    },
  ],
  keyDifference:
    'A 408 says the request did not arrive in time; a 504 says the request arrived but the answer from behind the gateway did not.',
  decisionRule:
    'Look at which timer fired: while reading the request from the client, answer 408 and close the connection; once the request is complete and the wait is on an upstream, a gateway answers 504, and an origin waiting on its own dependency answers 503 or 500.',
  commonMistake:
    'Reading 408s in the access log as a backend problem and raising proxy_read_timeout: the timer that produced them is client_header_timeout or client_body_timeout on the client side, so the change does nothing, while the stalled requests keep coming from slow uplinks that need resumable uploads or a longer body timeout.',
  faq: [
    {
      question: 'My serverless endpoint timed out. Is that a 408 or a 504?',
      answer:
        'A 504: the request arrived complete and the platform stopped waiting for the function. Amazon API Gateway, for example, answers 504 when its integration timeout, 29 seconds by default, expires. A 408 would only come from the front door if the client had not finished sending the request, which no amount of function tuning affects.',
    },
    {
      question: "My client's own timeout fired first: which of the two will the server log?",
      answer:
        'Neither. If the client disconnects while nginx is still waiting for the upstream, nginx writes its unofficial 499 (client closed request) to the access log and no response is sent. RFC 9110 §7.5 allows clients, including intermediaries, to abandon a request that takes too long, and the client itself sees only its own timeout error.',
    },
    {
      question: "Which one does curl's --retry cover?",
      answer:
        'Both: its documentation lists 408, 429, 500, 502, 503 and 504 as transient HTTP responses and retries them with a delay that starts at one second and doubles up to ten minutes. Since a 504 can hide a completed write, combine --retry with non-idempotent methods only when the endpoint deduplicates.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
