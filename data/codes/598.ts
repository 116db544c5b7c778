import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 598,
  phrase: 'Network Read Timeout Error',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Informal proxy convention, undocumented by any proxy vendor',
  otherUses: [
    {
      vendor: 'Alibaba Cloud EdgeRoutine (DCDN edge functions)',
      meaning:
        'EdgeRoutine returns 598 when a function cannot run because it is rate limited (too many concurrent requests or an overloaded node) or because its execution is blocked, for example after two out-of-memory failures of its virtual machine within 5 seconds.',
      source: 'https://help.aliyun.com/en/edge-security-acceleration/dcdn/user-guide/http-status-codes',
    },
    {
      vendor: 'BytePlus CDN Edge Functions',
      meaning:
        'Edge Functions return 598 for throttling: the function has too many contexts or is severely short of resources such as memory or CPU time. BytePlus retries idempotent requests once on another edge node.',
      source: 'https://docs.byteplus.com/en/docs/byteplus-cdn/docs-Exception-Handling',
    },
  ],
  spec: documentSource(
    'No defining document; the name appears in library constants such as PcapPlusPlus (HttpLayer.h)',
    'https://github.com/seladb/PcapPlusPlus/blob/master/Packet++/header/HttpLayer.h',
  ),
  summary:
    'A name status-code lists and some libraries give 598, for a proxy that reached the upstream server but gave up waiting for its response; no proxy vendor documents sending it. The vendors that do document 598, Alibaba Cloud EdgeRoutine and BytePlus Edge Functions, use it for edge functions that are throttled or blocked.',
  definition:
    'No RFC defines 598, and the registry leaves 512-599 unassigned. The name "Network Read Timeout Error" and the meaning that goes with it (the connection upstream was made, but the response did not arrive in time) come from status-code lists and from the constants of libraries such as the HTTP parser of PcapPlusPlus, which names 598 Http598NetworkReadTimeoutError. No proxy vendor documents sending it, and no Microsoft documentation backs the lists\' attribution to "Microsoft HTTP proxies". The vendors that do document 598 give it meanings of their own (see other uses).',
  whenToUse:
    'Do not send it. A proxy or gateway that timed out waiting for an upstream response has a standard code for exactly that: 504 (Gateway Timeout, RFC 9110 §15.6.5). Put the finer detail (connect versus read timeout, which upstream) in the response body or a log, not in a private status number.',
  clientBehavior:
    'No client gives it special meaning. Browsers display whatever body the proxy sent; HTTP libraries report a server error, and retry middleware that retries 5xx, or only 502/503/504, will or will not retry it depending on that list.',
  cachingBehavior: 'A timeout response should never carry the explicit freshness a cache would need to store it.',
  seoImpact:
    "Google documents that 5xx responses slow Googlebot's crawling and that URLs which keep returning server errors are eventually dropped from the index; an unofficial 5xx such as 598 counts as a server error like any other. Fix the slow upstream rather than the status code.",
  apiImpact:
    'A read timeout means the upstream received the request and may have acted on it before the proxy gave up. Repeating a POST after a 598 can therefore create a duplicate; use idempotency keys or check the resource state first. Clients that branch on 504 for "upstream slow" logic should treat 598 the same way.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'idempotent-only',
    backoff: true,
    advice:
      'Only idempotent requests (GET, HEAD, PUT, DELETE; RFC 9110 §9.2.2) can be retried automatically, with exponential backoff. For a POST, first check whether the upstream completed it, because the timeout happened after the request was delivered.',
  },
  scenarios: [
    'A report endpoint behind an intermediary proxy takes 90 seconds while the proxy\'s read timeout is 60; the proxy, which follows the informal convention, answers 598 instead of 504, and the client\'s "upstream slow" handling, written for 504, falls through to a generic error.',
    'A developer finds networkReadTimeoutError = 598 among the constants of an HTTP client package and wonders whether any server sends it; handling 5xx as a class covers it.',
  ],
  mistakes: [
    'Emitting 598 from your own proxy or gateway: clients and monitoring know 504, and nothing standard knows 598.',
    'Retrying a non-idempotent request after a 598 without checking state: the upstream may already have processed it.',
    'Documenting 598 as an HTTP standard code: it is an unassigned number with an informal meaning.',
  ],
  related: [504, 599, 524, 502, 408],
  updated: '2026-12-06',
} satisfies StatusCodeInput;
