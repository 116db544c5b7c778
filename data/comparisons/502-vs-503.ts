import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [502, 503],
  theme: 'server and gateway errors',
  intro:
    'When backends go down, the proxy in front answers with one of these two, and which one depends as much on the software as on the failure: nginx says 502 when every server in an upstream block is marked failed, while an AWS Application Load Balancer says 503 when its target group is empty, and HAProxy and Envoy say 503 when no healthy backend is left. Developers comparing dashboards across those tools see the same outage under two numbers. The codes still mean different things: 502 reports a bad exchange with a specific upstream, 503 reports a lack of capacity to handle the request at all.',
  pairAspects: [
    {
      aspect: 'What happened to the request',
      cells: [
        'It was sent, or a connection was attempted, to an inbound server whose answer was invalid or cut off (RFC 9110 §15.6.3).',
        'Often nothing: it was refused before reaching any handler because the service is overloaded, in maintenance or has no backend to use (RFC 9110 §15.6.4).',
      ],
    },
    {
      aspect: 'Which component can emit it',
      cells: [
        'Only a server in the gateway or proxy role, about the hop behind it.',
        'Any server, including the origin application itself, e.g. a maintenance mode switched on in the framework.',
      ],
    },
    {
      aspect: 'Planned or unplanned',
      cells: [
        'Almost always unplanned: nobody schedules a backend that resets connections.',
        'Can be planned: it is the code for announced maintenance and deliberate load shedding, and Retry-After can say when it ends (RFC 9110 §10.2.3).',
      ],
    },
  ],
  keyDifference:
    'A 502 blames the response of a particular upstream; a 503 says the service has no capacity for the request at the moment, without reporting on any peer.',
  decisionRule:
    'In a gateway, answer 502 when you reached an upstream and its response was unusable, and 503 when you have no upstream to try (pool empty, all members marked down, circuit open) or are shedding load on purpose; in the application, only 503 is yours to send.',
  commonMistake:
    'Doing maintenance by stopping the application and letting the proxy answer: users, uptime monitors and crawlers get an unplanned-looking 502 with no Retry-After, and alerting fires for a planned event. Configure the proxy to answer 503 during the window instead, for example an nginx location that returns 503 with an error_page for the maintenance HTML and a Retry-After header.',
  faq: [
    {
      question: 'Why does nginx answer 502 when all backends are down, while my cloud load balancer answers 503?',
      answer:
        'nginx logs "no live upstreams while connecting to upstream" and, in its upstream module, maps that case to 502 like any other connection failure. Other balancers chose 503 for the same state: AWS\'s Application Load Balancer when a target group has no registered targets, HAProxy with its built-in page "No server is available to handle this request", and Envoy with the body "no healthy upstream". Since no invalid response was received, 503 is the closer fit to RFC 9110.',
    },
    {
      question: 'Should a circuit breaker in front of a failing dependency return 502 or 503?',
      answer:
        'Return 503 while the breaker is open: the gateway is refusing on purpose to protect a dependency that needs time, which is the "temporary overload" case of RFC 9110 §15.6.4. Set Retry-After to the breaker\'s open interval so clients do not probe it every few milliseconds. A 502 belongs to the individual requests that failed before the breaker tripped.',
    },
    {
      question: 'Is a POST safer to retry after one of them than after the other?',
      answer:
        'After a 503 that your server is known to issue before any handler runs (maintenance mode, load shedding at the edge), repeating a POST is safe, and RFC 9110 §9.2.2 allows automatic retries when the client can detect that the original request was never applied. After a 502, the upstream may have run the handler before the connection broke, so only an idempotency key or a check of the resource makes a repeat safe.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
