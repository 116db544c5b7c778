import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 409,
  phrase: 'Conflict',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.10'),
  summary:
    'The request clashes with the current state of the resource, such as an edit based on an outdated version or a create that collides with an existing record; the client can resolve the clash and try again.',
  definition:
    'The request could not be completed due to a conflict with the current state of the target resource, in a situation where the user might be able to resolve the conflict and resubmit; the server SHOULD send content with enough information for a user to recognize the source of the conflict (RFC 9110 §15.5.10). Conflicts are most likely on PUT, for example when versioning shows the submitted changes conflict with an earlier edit by someone else (RFC 9110 §15.5.10).',
  whenToUse:
    "When the state of the resource, not the form of the request, blocks the change: an update based on a stale version, a create whose unique key is taken, a transition that is no longer valid (cancelling an order that has shipped). RFC 9110 §9.3.4 suggests 409 for a PUT whose representation is inconsistent with the resource's constraints, and WebDAV requires it for a PUT whose parent collection does not exist (RFC 4918 §9.7.1). When the client sent If-Match or If-Unmodified-Since and the condition failed, the precise answer is 412.",
  clientBehavior:
    'Browsers show the body and nothing is retried for the user. Programmatic clients that can merge do it themselves: Kubernetes controllers built on client-go wrap updates in retry.RetryOnConflict, which runs the update function again with backoff when it fails with 409 Conflict; the function re-reads the object and reapplies the change, because the failed attempt carried a stale resourceVersion.',
  cachingBehavior:
    'A 409 mostly answers PUT, POST or DELETE, whose responses caches do not reuse for later reads. A 409 does not make caches invalidate the target URI either, since RFC 9111 §4.4 requires that only for 2xx and 3xx responses to unsafe methods; a client resolving the conflict should refetch with Cache-Control: no-cache before merging.',
  seoImpact: 'Crawlers read with GET and HEAD, and 409 belongs to writes, so search engines practically never see it.',
  apiImpact:
    'Put the conflict in the body in a form a program can act on: the current version or ETag, the field that collided, or the identifier of the existing record. Stripe documents 409 for a request that conflicts with another request, for example one using the same idempotency key. When clients send If-Match, answer a changed version with 412 and keep 409 for conflicts the precondition does not cover, so clients can tell the two apart.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Resending the same request conflicts again. Fetch the current state, merge or let the user decide, and resubmit against the new version; RFC 9110 §15.5.10 assumes the user resolves the conflict. An automatic loop is fine only when the client can reapply its change mechanically, as Kubernetes controllers do.',
  },
  scenarios: [
    'A Kubernetes controller updates a Deployment with a stale resourceVersion and gets 409 "the object has been modified; please apply your changes to the latest version and try again".',
    'POST /users with an email address that is already registered returns 409 naming the duplicate field.',
    'A WebDAV client PUTs /docs/2024/report.pdf before creating /docs/2024/, and the server answers 409 (RFC 4918 §9.7.1).',
    'Two people edit the same wiki page; the second save is based on an older revision, and the server answers 409 with both versions so the editor can merge them.',
  ],
  mistakes: [
    'Using 409 for validation errors within a single request, such as a malformed email address: nothing conflicts with the resource state; use 400 or 422.',
    'Returning 409 when an If-Match or If-Unmodified-Since condition failed: RFC 9110 defines 412 for a failed precondition, and clients that sent one expect it.',
    'Sending a 409 that does not say what conflicts, although RFC 9110 §15.5.10 says the server SHOULD give enough information to recognize the source.',
  ],
  related: [412, 422, 400, 423, 428],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
