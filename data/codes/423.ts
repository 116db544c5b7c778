import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 423,
  phrase: 'Locked',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(4918, '11.3'),
  summary:
    'A WebDAV lock protects the resource, or the destination of a COPY or MOVE, and the request did not present the lock token needed to change it.',
  definition:
    'The source or destination resource of a method is locked (RFC 4918 §11.3). The response SHOULD contain a precondition or postcondition code in its XML error body, such as lock-token-submitted, which MUST name at least one locked resource that blocked the request, or no-conflicting-lock, used when a LOCK request conflicts with an existing lock (RFC 4918 §11.3, §16).',
  whenToUse:
    'On a WebDAV server, when a request would modify a write-locked resource without submitting the lock token in the If header (RFC 4918 §10.4), or when a LOCK request is incompatible with a lock already held (RFC 4918 §9.10.6). Outside WebDAV, a locked account or record is better answered with 403 or 409 and an explanation, since clients that do not speak WebDAV cannot discover or submit a lock token.',
  clientBehavior:
    'WebDAV clients report a 423 as a locked file. The Nextcloud desktop client, for example, shows "423 Locked" during sync, because Nextcloud also returns 423 for its own server-side file locking while another process is working on the file. Browsers only see 423 from scripts that talk to a WebDAV server and treat it as a generic client error.',
  cachingBehavior:
    'Locks appear and disappear with LOCK, UNLOCK and timeouts, so a stored 423 would outlive the lock it reports; and as an error response it does not invalidate the cached representation (RFC 9111 §4.4), which stays correct because a lock does not change the content.',
  seoImpact:
    'A WebDAV write lock blocks modification, not reading, so GET requests from crawlers are unaffected and published pages keep their status. Crawlers have no reason to meet 423.',
  apiImpact:
    'Some non-WebDAV APIs reuse 423 for records locked for editing, but generic HTTP clients know it only as a 4xx with no retry guidance. If you use it, say in the body who holds the lock and when it expires; WebDAV clients get that from the DAV:lockdiscovery property with PROPFIND.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Retrying unchanged keeps failing while the lock exists. If you own the lock, resend with its token in the If header (RFC 4918 §10.4); otherwise wait until the owner unlocks or the lock times out, checking lockdiscovery with PROPFIND, and then retry.',
  },
  scenarios: [
    'A colleague has a document open in Word from a WebDAV share; another client trying to save over it gets 423 until the document is closed and its lock released.',
    'The Nextcloud desktop client reports "423 Locked" while syncing a file that another process on the server is still writing.',
    "A client runs MOVE on a collection that contains a locked file without that file's lock token; the server answers 423 with a lock-token-submitted element naming the locked resource.",
  ],
  mistakes: [
    'Sending 423 without the DAV:error body: the client cannot tell which resource holds the lock, which is what lock-token-submitted is for (RFC 4918 §16).',
    'Answering with 423 when the client sent an If header whose condition evaluates to false; a failed condition is 412 (RFC 4918 §12.1).',
    'Returning 423 from a non-WebDAV API without saying who holds the lock or for how long, so clients can only guess when to try again.',
  ],
  related: [409, 412, 424, 403],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
