import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 529,
  phrase: 'Overloaded',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Anthropic API',
  otherUses: [
    {
      vendor: 'Qualys SSL Labs API',
      meaning:
        'The SSL Labs assessment API lists "529 - the service is overloaded" among its error status codes and tells clients that get a 503 or 529 to sleep for several minutes (15 and 30 minutes respectively) and to randomize the back-off time after a 529.',
      source: 'https://github.com/ssllabs/ssllabs-scan/blob/master/ssllabs-api-docs-v3.md',
    },
  ],
  spec: documentSource('Claude API documentation: Errors', 'https://docs.claude.com/en/api/errors'),
  summary:
    "The Anthropic API's overloaded_error: the API as a whole is temporarily short of capacity, so it refused the request before working on it. Your request and your account are fine.",
  definition:
    'Anthropic\'s API error reference lists HTTP 529 with the error type overloaded_error and the description "The API is temporarily overloaded"; the JSON body carries type "error", an error object with type "overloaded_error" and a message, and a request_id. Anthropic notes that 529 errors can occur when the API experiences high traffic across all users, which is what separates it from 429 rate_limit_error, the answer to one organization exceeding its own limits. The number is not in the IANA registry (512-599 are unassigned); the phrase here is the message of the error body.',
  whenToUse:
    'Only Anthropic sends it in this meaning. A service of your own that sheds load for every caller has a registered code for that: 503 (Service Unavailable, RFC 9110 §15.6.4), with Retry-After when you can estimate the wait.',
  clientBehavior:
    'The official Anthropic SDKs retry connection errors, 408, 409, 429 and every status of 500 or above, 529 included, twice by default with a short exponential backoff (max_retries; maxRetries in TypeScript), and raise InternalServerError once the retries are used up. Claude Code prints "API Error: 529 Overloaded" and suggests trying again in a moment.',
  cachingBehavior:
    'Model responses come from POST requests, which shared caches do not store by default, so a 529 never replaces a cached answer. A caching proxy in front of the API must not store it either: nothing in the response grants freshness.',
  seoImpact:
    'None for search: 529 answers API calls, not crawlable pages. Applications that render model output into pages should show a "busy, try again shortly" state rather than publish an error page under a normal URL.',
  apiImpact:
    'Monitor 529 separately from 429: a 429 means your organization should slow down or raise its limits, a 529 means the platform is busy for everyone and nothing in your account explains it. For batch workloads, raise the SDK retry count or queue the work,.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'after-delay',
    backoff: true,
    advice:
      'Retry the same request after a delay with exponential backoff and random jitter, and give up after a few attempts; immediate retries from many clients keep the API overloaded. The request was refused before it ran, so repeating it does not duplicate work.',
  },
  scenarios: [
    'A nightly summarisation job fires 500 concurrent requests during a traffic peak; a share of them get 529 overloaded_error, the SDK retries twice and then raises, and the job fails unless it queues the remainder.',
    'A developer sees "API Error: 529 Overloaded" in a coding agent on the morning a new model launches, while the status page reports elevated errors.',
    'A monitoring script for TLS configurations calls the SSL Labs API in a tight loop and gets 529; the API documentation asks it to sleep for about 30 minutes with a randomized back-off.',
  ],
  mistakes: [
    'Treating 529 like 429 and lowering your own request rate limits permanently: the cause is platform-wide load, not your quota.',
    'Retrying at once in a loop without jitter: synchronized retries from many clients prolong the overload.',
    'Reading 529 as a Cloudflare error because 520-527 are Cloudflare numbers: the Anthropic API answers 529 with its own JSON error body.',
  ],
  related: [503, 429, 500],
  updated: '2026-12-06',
} satisfies StatusCodeInput;
