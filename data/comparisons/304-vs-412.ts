import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [304, 412],
  theme: 'caching and validation',
  intro:
    'A false precondition usually ends in one of these two codes, so anyone implementing ETags has to produce both. The method decides between them: a false If-None-Match on GET or HEAD yields 304, the very same false If-None-Match on PUT or DELETE yields 412 (RFC 9110 §13.1.2). One is a success that saves a download, the other an error that blocks a write.',
  pairAspects: [
    {
      aspect: 'Header fields that lead to it',
      cells: [
        'If-None-Match or, when that is absent, If-Modified-Since, and only on GET or HEAD (RFC 9110 §13.2.2, steps 3 and 4).',
        'If-Match or If-Unmodified-Since on any method, and If-None-Match on any method except GET and HEAD (RFC 9110 §13.2.2, steps 1 to 3).',
      ],
    },
    {
      aspect: 'ETag comparison',
      cells: [
        'Weak: W/"7" matches "7", since weak tags may validate a cached copy even when the representation data has changed (RFC 9110 §13.1.2, §8.8.3.2).',
        'Strong when the tag comes from If-Match, where a W/ tag never matches anything (RFC 9110 §13.1.1, §8.8.3.2); weak when it comes from If-None-Match on an unsafe method.',
      ],
    },
    {
      aspect: 'Requirement level',
      cells: [
        'MUST after a false If-None-Match (RFC 9110 §13.1.2); SHOULD after a false If-Modified-Since (§13.1.3).',
        'MUST after a false If-None-Match on other methods (RFC 9110 §13.1.2); after a false If-Match or If-Unmodified-Since the method MUST NOT be performed, and the origin MAY send 412 or, if the change is already in place, a 2xx (§13.1.1, §13.1.4).',
      ],
    },
  ],
  keyDifference:
    'A 304 is the successful result of a false condition on GET or HEAD and lets the client reuse its copy; a 412 is the failed result of any other false condition, and the method was not applied.',
  decisionRule:
    'Evaluate preconditions in the order of RFC 9110 §13.2.2; when one is false, answer 304 if it was If-None-Match or If-Modified-Since on a GET or HEAD. Otherwise answer 412, a false If-Match on a GET included, unless a false If-Match or If-Unmodified-Since guards a state change that has visibly already been applied, which the origin MAY confirm with a 2xx instead (§13.1.1, §13.1.4).',
  commonMistake:
    'Middleware that evaluates If-None-Match without looking at the method and returns 412 for every false condition: browsers revalidating a stylesheet receive an error instead of a 304, although RFC 9110 §13.1.2 requires 304 for GET and HEAD. The reverse error, a 304 to a PUT carrying If-None-Match: *, is not an error status, so client code that only checks for 4xx and 5xx assumes the write went through.',
  faq: [
    {
      question: 'Why would a GET ever get 412?',
      answer:
        'When it carries If-Match or If-Unmodified-Since. RFC 9110 §13.1.1 lets a client send If-Match on a GET to get 412 instead of a changed representation, which is only useful for completing an interrupted range request; If-Range (§13.1.5) is the better tool when the client would rather receive the new version in full.',
    },
    {
      question: 'A request carries both If-Match and If-None-Match. Which status wins?',
      answer:
        'If-Match is evaluated first at the origin (RFC 9110 §13.2.2, step 1), and when it is false the answer is 412 whatever If-None-Match says. Only when it holds does the server move on to If-None-Match, which on a GET can then still end in 304.',
    },
    {
      question: 'What happens to a cache whose revalidation the origin wrongly answers with 412?',
      answer:
        'It cannot refresh anything, since only a 304 updates stored responses (RFC 9111 §4.3.4). A 412 with a body counts as a full response, which the cache MUST use to satisfy the request (RFC 9111 §4.3.3), so the error reaches the user in place of a copy that was still valid.',
    },
    {
      question: 'Is it worth making a HEAD request conditional?',
      answer:
        'Rarely. RFC 9110 §13.2.1 points out that a successful HEAD response is about the size of a 304 and more useful than a 412, so a conditional HEAD saves nothing; send the condition on the GET that actually transfers the body.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
