import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [403, 405],
  theme: 'authentication and access',
  intro:
    'A DELETE the server refuses can be refused because of who sent it or because of what it asks. 405 says the resource does not support the method for anyone; 403 says the server understood the request and will not carry it out, usually because of who is asking.',
  pairAspects: [
    {
      aspect: 'Depends on the client?',
      cells: [
        'Usually: credentials "insufficient to grant access", or a policy aimed at this client (RFC 9110 §15.5.4); another user may succeed with the same request.',
        'No: the method is "not supported by the target resource" (RFC 9110 §15.5.6) whoever sends it.',
      ],
    },
    {
      aspect: 'Required header field',
      cells: [
        'None; the content may explain the reason (RFC 9110 §15.5.4).',
        'Allow, with the methods the resource currently supports (RFC 9110 §15.5.6).',
      ],
    },
    {
      aspect: 'Stored without explicit freshness',
      cells: [
        'No: 403 is not heuristically cacheable.',
        'Yes: 405 is heuristically cacheable (RFC 9110 §15.5.6), so a cache may keep it after the allowed methods change.',
      ],
    },
  ],
  keyDifference:
    '405 is a property of the resource, the same for every client, and names the methods that do work; 403 is a decision about this request, often about this client, and another client may be allowed the very same method.',
  decisionRule:
    'If no client could use this method on this resource, answer 405 with Allow. If the method is supported but this client may not use it, such as a reader trying to DELETE or a token without write scope, answer 403.',
  commonMistake:
    'Answering 405 to a user who lacks permission to DELETE: the Allow field must then omit DELETE, which is false for users who have the permission, and because 405 is heuristically cacheable a stored copy can keep refusing the method after access is granted.',
  faq: [
    {
      question: 'Should a read-only API token trying to write get 403 or 405?',
      answer:
        '403: the resource supports the write, this token may not perform it. OAuth 2.0 resource servers make exactly this split for Bearer tokens, answering a token that lacks the needed scope with 403 and error="insufficient_scope" (RFC 6750 §3.1).',
    },
    {
      question: 'A resource is disabled for maintenance. Which code?',
      answer:
        'RFC 9110 §10.2.1 names this case for 405: an empty Allow field "might occur in a 405 response if the resource has been temporarily disabled by configuration". For a whole service that is briefly unavailable, 503 with Retry-After says more than either code.',
    },
    {
      question: 'Can the client try again with other credentials after a 403?',
      answer:
        'Yes: RFC 9110 §15.5.4 says the client SHOULD NOT automatically repeat the request with the same credentials but MAY with new or different ones. A 405 gives no such opening; only a different method, one of those listed in Allow, can succeed.',
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
