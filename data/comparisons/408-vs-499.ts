import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [408, 499],
  theme: 'connection and protocol',
  intro:
    'Both codes record a request that did not complete because someone ran out of time, but they come from opposite ends. A 408 is the server giving up on a client that did not finish sending its request; a 499 is nginx noting that the client gave up waiting for the response.',
  pairAspects: [
    {
      aspect: 'Who ran out of patience',
      cells: [
        'The server: it "did not receive a complete request message within the time that it was prepared to wait" (RFC 9110 §15.5.9).',
        'The client: it closed the connection before nginx sent the response header (nginx source, NGX_HTTP_CLIENT_CLOSED_REQUEST).',
      ],
    },
    {
      aspect: 'Is it sent on the wire?',
      cells: [
        "Depends on the server: Node's HTTP server sends a 408 before closing the connection, while nginx only writes 408 to its access log and closes the connection without a response (src/http/ngx_http_request.c).",
        "Not by nginx, which writes it to the access log because the client has already gone; Google's APIs, by contrast, map a call the client cancelled to HTTP 499.",
      ],
    },
    {
      aspect: 'Phase of the exchange',
      cells: [
        'While the request is still arriving: nginx records 408 when the header or the body stalls longer than client_header_timeout or client_body_timeout.',
        'After the request has arrived, while nginx waits for the upstream to produce a response.',
      ],
    },
  ],
  keyDifference:
    "408 means the request never fully arrived before the server's timeout; 499 means the request arrived, but the client left before the response was ready.",
  decisionRule:
    "Read them as diagnostics. A 408 points at slow or stalled clients and uploads, so look at client_header_timeout and client_body_timeout. A 499 points at a slow response, so compare $request_time in the log with the clients' timeouts and speed up the upstream or move long work behind a 202.",
  commonMistake:
    "Reading a spike of 499s as a client-side bug: it usually means responses became slower than the clients' timeouts, or a load balancer in front of nginx gave up first, and the upstream may still be finishing work, such as a POST that took effect, for clients who are no longer listening.",
  faq: [
    {
      question: 'Why would a client receive a 408 on a connection it had not used for a while?',
      answer:
        'Some servers send 408 as they close an idle keep-alive connection, and a client that reuses that connection at the same moment reads the 408 as the answer to its new request. RFC 9110 §15.5.9 allows the client to repeat a request that was outstanding, on a new connection if the old one is unusable.',
    },
    {
      question: 'Does a 499 mean the backend stopped working on the request?',
      answer:
        'Not necessarily. With proxy_ignore_client_abort off, the default, nginx closes its connection to the upstream when the client leaves, but the application may not notice until it writes its response, and changes made meanwhile stay. With proxy_ignore_client_abort on, nginx keeps the upstream request running to completion.',
    },
    {
      question: 'Can I make nginx drop stalled clients sooner to free their connections?',
      answer:
        "Yes: lower client_header_timeout and client_body_timeout, both 60 seconds by default, and nginx closes the connections of clients that stall while sending sooner, logging each as 408 without sending a response. Slowloris-style attacks depend on keeping requests incomplete, so shorter values also blunt them. No setting changes 499s, which record the client's own decision to leave.",
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
