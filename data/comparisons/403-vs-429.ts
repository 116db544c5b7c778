import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [403, 429],
  theme: 'rate limiting and availability',
  intro:
    'Both refuse a request the server understood, and some services answer an exhausted quota with 403. The two codes say different things about the future: 429 means "too many, wait", 403 means "not allowed", which no amount of waiting changes.',
  pairAspects: [
    {
      aspect: 'Reason for the refusal',
      cells: [
        'The server "understood the request but refuses to fulfill it" (RFC 9110 §15.5.4): permissions, policy or any other reason it chooses to give.',
        'The user "has sent too many requests in a given amount of time" (RFC 6585 §4).',
      ],
    },
    {
      aspect: 'When the client may try again',
      cells: [
        'When its credentials or the server\'s policy change: the client "MAY repeat the request with new or different credentials" (RFC 9110 §15.5.4); waiting is not a remedy the code offers.',
        'After a pause, which the server MAY state in Retry-After (RFC 6585 §4).',
      ],
    },
    {
      aspect: 'Caching',
      cells: [
        'Stored only when the response carries explicit freshness or a directive such as public (RFC 9111 §3).',
        'Never: "Responses with the 429 status code MUST NOT be stored by a cache" (RFC 6585 §4).',
      ],
    },
  ],
  keyDifference:
    '429 is a temporary refusal tied to request volume that clears once the client slows down; 403 is a refusal on grounds that waiting does not change.',
  decisionRule:
    'If the client would be served after waiting, answer 429 with Retry-After. If it will not be served until something else changes, such as its permissions, its plan or an entry on a block list, answer 403 and say what must change. A daily quota that resets at midnight is a 429 whose Retry-After points at the reset.',
  commonMistake:
    'Sending 403 for a rate limit: generic clients and retry middleware treat 403 as final, so a job that would have succeeded a minute later fails for good, and its logs send someone to check permissions instead of request volume.',
  faq: [
    {
      question: "Why does GitHub's API answer 403 for rate limits?",
      answer:
        'GitHub documents that exceeding its primary rate limit yields a 403 or a 429 response with x-ratelimit-remaining set to 0, and that secondary limits can also yield either code, with retry-after when a wait is known. A client written for GitHub therefore has to read those headers on a 403 before treating it as a permission error.',
    },
    {
      question: 'Can a CDN cache a 429 and serve it to everyone?',
      answer:
        'It must not: RFC 6585 §4 forbids storing 429 responses, because a limit usually concerns one client. A 403 can be stored when it carries explicit freshness (RFC 9111 §3), which suits a page forbidden to everyone and is wrong for one forbidden to a single user, so per-user 403s need Cache-Control: private or no-store.',
    },
    {
      question: 'Should a blocked abusive client get 403 or 429?',
      answer:
        'Once the block no longer depends on how fast the client sends, 403 is accurate: slowing down will not lift it. Keep 429 for throttling that clears on its own, so a well-behaved client that bursts can recover by honouring Retry-After.',
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
