import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 202,
  phrase: 'Accepted',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.3.3'),
  summary:
    'The server has taken the request on but has not finished it: the outcome is unknown when the response is sent, and the work may still fail later.',
  definition:
    "The request has been accepted for processing, but the processing has not been completed, and it might be disallowed when processing actually takes place (RFC 9110 §15.3.3). The response is intentionally noncommittal: HTTP has no way to send a status code later for an asynchronous operation, so the representation ought to describe the request's current status and point to, or embed, a status monitor.",
  whenToUse:
    'When the work happens after the response: a queued export, a video transcode, a batch import, or a DELETE that will be enacted later, for which RFC 9110 §9.3.5 says the server SHOULD send 202. Give the client a URL it can poll for the outcome. If the work is finished before you answer, send 200, 201 or 204; if the request is invalid, reject it now with a 4xx instead of accepting it and failing silently later.',
  clientBehavior:
    'HTTP libraries and browsers treat 202 as a success and stop there; no standard header says where or when to poll, so following up is left to code that knows the API. Azure Resource Manager, for example, documents that its asynchronous operations answer 201 or 202 with an Azure-AsyncOperation or Location URL to poll and a Retry-After giving the seconds to wait before checking.',
  cachingBehavior:
    'Because 202 is not an error status, a 202 to POST, PUT or DELETE already makes caches on the path invalidate the target URI (RFC 9111 §4.4), although the change has not happened yet; a GET right afterwards can store the old state again. Give status-monitor responses a short max-age or no-cache so pollers see progress.',
  seoImpact:
    'Google documents that on a 202 Googlebot waits for the content for a limited time, then passes whatever it received to the indexing pipeline. Crawlers only meet it when a GET URL is served asynchronously, which is rarely right for a page meant to be indexed.',
  apiImpact:
    'A 202 makes the operation asynchronous, so the rest of the contract has to be defined: a status URL (in Location or the body), guidance on when to poll, and a terminal state that links to the result or describes the failure. Without that, clients either poll blindly or assume the job succeeded because they saw a 2xx.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'not-needed',
    advice:
      'Do not resend the request: it was accepted, and resending usually queues a second job. Poll the status resource instead, at the interval the API documents or any Retry-After it sends. If the 202 itself was lost, check for the job or use an idempotency key before submitting again.',
  },
  scenarios: [
    'POST /exports returns 202 with Location: /exports/77/status; the client polls that URL until it reports "done" and links the finished file.',
    'Starting a virtual machine through the Azure Resource Manager API returns 202 with Azure-AsyncOperation or Location plus Retry-After; the client polls that URL until the operation reports Succeeded, Failed or Canceled.',
    "A webhook receiver answers 202 as soon as the event is queued, so the sender's short delivery timeout is never hit while the event is processed.",
    'DELETE /accounts/12 starts a deletion that takes hours; the API answers 202, as RFC 9110 §9.3.5 recommends for an action that has not been enacted yet.',
  ],
  mistakes: [
    'Returning 202 with nothing to poll: the client can never learn whether the work succeeded, because HTTP cannot deliver a later status (RFC 9110 §15.3.3).',
    'Accepting malformed or unauthorized requests with 202 and failing them in the background: validate what can be validated before answering, so the client gets the 4xx.',
    'Client code that treats 202 as "done" and immediately reads the resource, getting stale data or a 404.',
    'Using 202 for work that already finished synchronously, which makes clients poll for a result they could have had in the response.',
  ],
  related: [201, 200, 204, 303, 102],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
