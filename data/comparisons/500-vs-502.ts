import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [500, 502],
  theme: 'server and gateway errors',
  intro:
    'In a typical stack of nginx or a load balancer in front of an application, a broken deploy can produce either code, and users see the same "something went wrong" page. The number tells you which box to open: a 500 is written by the application that failed, a 502 by the proxy in front of it when the application answered with garbage, dropped the connection or was not running at all. Teams that read both as "the backend is down" lose time searching the wrong logs.',
  pairAspects: [
    {
      aspect: 'Who writes the status line',
      cells: [
        "The server that hit the unexpected condition, usually the application framework's last-resort error handler (RFC 9110 §15.6.1).",
        'A server acting as a gateway or proxy, about the inbound server behind it (RFC 9110 §15.6.3); the application itself has often written nothing.',
      ],
    },
    {
      aspect: 'Where the cause is recorded',
      cells: [
        'The application log: the exception, stack trace and request ID of the failing handler.',
        'The proxy\'s error log, e.g. nginx\'s "connect() failed (111: Connection refused)", "upstream prematurely closed connection" or "upstream sent too big header"; the application log may be empty because the process crashed or never received the request.',
      ],
    },
    {
      aspect: 'Body the client receives',
      cells: [
        'Whatever your application renders, so an API can keep its JSON error format and include an error ID.',
        "The proxy's own page (nginx's plain HTML, a CDN's branded page), so API clients that expect JSON suddenly get HTML.",
      ],
    },
    {
      aspect: 'What a proxy does with it',
      cells: [
        'Relays it unchanged: a well-formed 500 is a valid response, so a gateway has no reason to turn it into 502.',
        'Generates it; a second proxy further out relays it as is, which is why the page can name a proxy several hops away from the user.',
      ],
    },
  ],
  keyDifference:
    'A 500 is the failing server reporting its own error; a 502 is a gateway reporting that the server behind it gave no usable response.',
  decisionRule:
    'In application code, answer an unexpected failure with 500 and keep your own error body; emit 502 only from a component that forwards requests inbound and got a refused or reset connection, a premature close or an unparsable response from the next server, and pass a well-formed upstream 500 through untouched.',
  commonMistake:
    'Treating a burst of 502s as an application bug and searching application logs that hold nothing, because the worker segfaulted, was OOM-killed or was restarting; the proxy error log names the real cause.',
  faq: [
    {
      question: 'My application crashed, so why did users get 502 and not 500?',
      answer:
        'A 500 has to be written by a process that is still alive. When PHP-FPM, a Node process or a Gunicorn worker dies mid-request, nothing is left to produce a response, so nginx logs something like "recv() failed (104: Connection reset by peer)" and generates the 502 itself. A handled exception in the same code path would have produced a 500.',
    },
    {
      question: 'Should my API return 502 when a third-party API it calls fails?',
      answer:
        'RFC 9110 §3.7 defines a gateway as an intermediary that forwards the received request inbound, and §15.6.3 ties 502 to that role. If your endpoint is a thin pass-through to the provider, 502 fits; if it does its own work and the provider is one dependency among several, a 500 or 503 with an error code naming the dependency describes the situation without implying a proxy layer failed.',
    },
    {
      question: 'Can nginx turn an upstream 500 into its own error page?',
      answer:
        'Yes, with proxy_intercept_errors on and an error_page for 500: nginx then discards the upstream body and serves its own page, but the status stays 500 unless error_page is written with "=502" or similar. Without that directive nginx passes the upstream 500 and its body through, and the access log records $upstream_status 500 next to $status 500.',
    },
    {
      question: 'Will nginx try another backend before answering 502?',
      answer:
        'By default proxy_next_upstream is "error timeout", so a refused or reset connection moves the request to the next server in the upstream block, and the client sees 502 only when every try failed. Since nginx 1.9.13, a POST, LOCK or PATCH that was already sent is not passed to another server unless non_idempotent is added, in line with RFC 9110 §9.2.2. An upstream 500 is never retried unless http_500 is listed.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
