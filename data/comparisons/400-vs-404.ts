import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [400, 404],
  theme: 'client errors',
  intro:
    'A request for /orders/abc when order IDs are numbers, or for an order that does not exist: is that a bad request or a missing resource? RFC 9110 separates the two by what is wrong, the message or its target, and the choice changes what caches and clients do next.',
  pairAspects: [
    {
      aspect: 'What the server judged',
      cells: [
        'The request message: "malformed request syntax, invalid request message framing, or deceptive request routing" (RFC 9110 §15.5.1).',
        'The target URI: the origin "did not find a current representation for the target resource or is not willing to disclose that one exists" (RFC 9110 §15.5.5).',
      ],
    },
    {
      aspect: 'Stored by caches without explicit freshness',
      cells: [
        'No: a 400 is not heuristically cacheable, so a cache keeps it only when the response explicitly allows it: max-age, s-maxage, Expires, or a public or private directive (RFC 9111 §3).',
        'Yes: a 404 is heuristically cacheable (RFC 9110 §15.5.5), so a shared cache may reuse it for a lifetime it computes itself (RFC 9111 §4.2.2).',
      ],
    },
    {
      aspect: 'Same request after the resource is created',
      cells: [
        "Fails again: nothing about the server's data makes a malformed request acceptable.",
        'Succeeds: 404 "does not indicate whether this lack of representation is temporary or permanent" (RFC 9110 §15.5.5).',
      ],
    },
  ],
  keyDifference:
    '400 blames the request message and would fail against any target; 404 blames the target, makes no promise about whether it will exist later, and may be cached without explicit freshness.',
  decisionRule:
    "If the same request would succeed once the resource exists, answer 404. If no stored data could make it succeed because its syntax, framing or a parameter's format is wrong, answer 400 and name the part that failed.",
  commonMistake:
    'Answering 400 "invalid user id" for a well-formed ID that is simply unknown: clients cannot tell a bug in their own code from a record that was deleted, and alerting that counts 400s as integration errors fills up with lookups that are working as designed.',
  faq: [
    {
      question: 'Should a search endpoint with no matches return 404?',
      answer:
        'No. The search resource exists and answered; an empty result set is a 200 with an empty list. 404 means the target resource has no current representation (RFC 9110 §15.5.5), which is true of /orders/123 when that order is missing, not of /orders?status=lost when nothing matches.',
    },
    {
      question: 'Can a CDN keep a 404 even when I send no Cache-Control?',
      answer:
        'Yes: 404 is heuristically cacheable (RFC 9110 §15.5.5), so a cache may assign it a freshness lifetime itself (RFC 9111 §4.2.2), whereas a 400 is stored only when its response explicitly allows it. For a URL that is about to be created, such as one returned by a POST a moment earlier, send Cache-Control: no-store on the 404.',
    },
    {
      question: 'Which code should a query parameter that fails validation get?',
      answer:
        '400, or 422 when the body is well-formed JSON whose values break the rules: the resource exists, but the request does not meet its contract. An RFC 9457 problem document naming the parameter and the rule lets the caller fix the request without reading server logs.',
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
