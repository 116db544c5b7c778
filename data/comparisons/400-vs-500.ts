import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [400, 500],
  theme: 'server and gateway errors',
  intro:
    'Which side is to blame is the whole difference. A 400 says the client sent something the server cannot or will not process; a 500 says the server hit a condition it did not expect. Getting it wrong sends the wrong team to investigate and makes clients retry what will never work, or give up on what would.',
  pairAspects: [
    {
      aspect: 'Who has to change something',
      cells: [
        'The client: the request contains "something that is perceived to be a client error" (RFC 9110 §15.5.1); the same request fails again unchanged.',
        'The server\'s operators: it "encountered an unexpected condition that prevented it from fulfilling the request" (RFC 9110 §15.6.1); the same request may succeed after a fix or on another instance.',
      ],
    },
    {
      aspect: 'Typical source in application code',
      cells: [
        'A deliberate rejection: a body that fails to parse, a missing required parameter, a header the framework cannot read.',
        'An exception nobody caught: a null dereference, a failed query, a bug in the handler. Frameworks turn uncaught exceptions into 500 by default.',
      ],
    },
    {
      aspect: 'Effect on search engines',
      cells: [
        'Google does not index URLs that answer 4xx (other than 429) and removes indexed ones (Google Search Central, HTTP status codes).',
        'Googlebot slows its crawling, and only URLs that keep answering 5xx are eventually dropped (Google Search Central, HTTP status codes).',
      ],
    },
  ],
  keyDifference:
    'A 400 is an expected, deliberate refusal of a request the client must change; a 500 is an unexpected failure of the server that no change to the request is known to fix.',
  decisionRule:
    'If the handler has identified what is wrong with the input, answer 400 (or a more specific 4xx) and say what to change. If an exception escaped the code meant to handle the input, the response is a 500 even when bad input triggered it; the fix is to validate that input and reject it with a 4xx.',
  commonMistake:
    "Letting a JSON parse error or a failed type conversion of a query parameter throw, so malformed input surfaces as 500: clients retry a request that can never succeed, and the error rate that should page the on-call engineer fills with callers' typos.",
  faq: [
    {
      question: 'Should a client retry a 400 or a 500?',
      answer:
        'Not a 400 unchanged: the server has said the request itself is at fault. A 500 may be transient, so an idempotent request (GET, PUT, DELETE) can be retried with backoff, while a POST should be repeated only when the client can tell it was not applied, as RFC 9110 §9.2.2 asks of automatic retries.',
    },
    {
      question: 'Bad input crashed my handler. Was the 500 wrong?',
      answer:
        'No: the server did fail unexpectedly, and the 500 says so accurately. The repair is on the server: validate the input before using it and reject it with 400 and a message naming the field. Until then the 500 correctly tells you that the code, not the caller, needs attention.',
    },
    {
      question: 'Does Google treat a page answering 400 differently from one answering 500?',
      answer:
        "Yes. Google's documentation says 4xx URLs other than 429 are not indexed and are removed if already indexed, while 5xx errors make Googlebot crawl more slowly and only persistent ones are eventually dropped. A page that wrongly answers 400 leaves the index on the next crawl; one that answers 500 gets a grace period.",
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
