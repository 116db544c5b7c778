import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 507,
  phrase: 'Insufficient Storage',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(4918, '11.5'),
  summary:
    "The server could not store what the request asked it to store, because the disk or the account's quota is full; WebDAV defines it, and the condition is meant to be temporary.",
  definition:
    'The method could not be performed on the resource because the server is unable to store the representation needed to successfully complete the request (RFC 4918 §11.5). The condition is considered temporary, and if the request was the result of a user action it MUST NOT be repeated until it is requested by a separate user action (RFC 4918 §11.5). RFC 4918 also lists it for PROPPATCH, MKCOL and COPY when there is no space to record a property or the resulting state (RFC 4918 §9.2, §9.3, §9.8).',
  whenToUse:
    "When a write (PUT, POST of an upload, MKCOL, COPY, PROPPATCH) fails because the server is out of space, or the user's storage quota is used up; WebDAV quota servers add the DAV:quota-not-exceeded or DAV:sufficient-disk-space precondition element from RFC 4331 to say which. If the request body is simply larger than the server is willing to accept regardless of free space, send 413. A read request should never get 507.",
  clientBehavior:
    'WebDAV clients, such as file managers that mount a WebDAV share, report the upload or copy as failed. Retry policies that resend every 5xx are a hazard here: for a request the user started, RFC 4918 §11.5 forbids repeating it without a new user action.',
  cachingBehavior:
    'There is no reason to give a 507 explicit freshness: it answers a write, and responses to unsafe methods are rarely reusable. Because it is an error status, it does not make caches invalidate the target URI the way a 2xx or 3xx to an unsafe request does (RFC 9111 §4.4).',
  seoImpact: 'Crawlers only send GET and HEAD, which do not store anything, so they practically never receive 507.',
  apiImpact:
    'Storage APIs can use it to separate "your quota or our disk is full" from validation errors, so clients can tell users to free space instead of fixing their input. Put the quota state in the body (and, for WebDAV, the RFC 4331 precondition element); RFC 4918 §11.5 forbids clients from silently repeating a user-initiated request that got 507.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Do not repeat a user-initiated request automatically: RFC 4918 §11.5 says it MUST NOT be repeated until a separate user action requests it. Free space or raise the quota first, then let the user try again.',
  },
  scenarios: [
    'A user drags a 2 GB folder onto a mapped WebDAV drive (Nextcloud, for example) whose quota has 500 MB left, and the copy fails with 507.',
    'Apache mod_dav_fs with a quota configured rejects a PUT with 507 and the DAV:quota-not-exceeded element once the available bytes reach zero.',
    "A CalDAV server refuses to store an event attachment with 507 and DAV:quota-not-exceeded because the account's quota is used up.",
  ],
  mistakes: [
    "Sending 507 for an upload that exceeds a fixed size limit: that is the client's request being too large, which 413 describes.",
    'Retrying a failed upload in a loop: the space does not come back by itself, and RFC 4918 §11.5 forbids repeating a user-initiated request without a new user action.',
    "Using 507 for memory exhaustion or other internal resource failures that have nothing to do with storing the request's representation; those are 500 or 503.",
  ],
  related: [413, 503, 500, 207],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
