import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 412,
  phrase: 'Precondition Failed',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.13'),
  summary:
    'A condition the client attached to the request, such as "only if the ETag is still X", turned out false, so the server did not carry out the method; usually someone else changed the resource first.',
  definition:
    'One or more conditions given in the request header fields evaluated to false on the server, so the method was not applied to a resource in an unexpected state (RFC 9110 §15.5.13). A false If-Match or If-Unmodified-Since leads to 412 (§13.2.2, steps 1 and 2), and a false If-None-Match leads to 412 for every method except GET and HEAD, which get 304 instead (§13.1.2). WebDAV extends it to its If and Overwrite headers (RFC 4918 §12.1).',
  whenToUse:
    'When an origin server evaluates a precondition it received and the precondition is false: a PUT, PATCH or DELETE with an If-Match ETag that is no longer current, or a PUT with If-None-Match: * to a resource that already exists. Preconditions are evaluated after the normal request checks, so a request that would fail anyway gets that failure (404, 403, 415) instead (RFC 9110 §13.2.1). To demand a condition the client did not send, use 428; for a conditional GET whose validator still matches, use 304.',
  clientBehavior:
    'Browsers add If-None-Match and If-Modified-Since by themselves to revalidate cached copies, and on GET a false condition there yields 304, not 412 (RFC 9110 §13.1.2); a 412 therefore answers a condition that application code set on purpose, such as If-Match on a write. The usual reaction is to GET the resource again, take its new ETag, merge the change or show the conflict to the user, and resend.',
  cachingBehavior:
    'Caches do not evaluate If-Match or If-Unmodified-Since, which apply only at the origin (RFC 9111 §4.3.2), so those 412s always come from the origin. A 412 to a PUT or DELETE is an error response and does not invalidate stored copies of the target (RFC 9111 §4.4), which is right: the resource was not changed.',
  seoImpact:
    'Googlebot sends If-None-Match and If-Modified-Since on GET, which must produce 304, never 412, so a correct server never returns 412 to a crawler. A 412 in crawl reports points to a server that mishandles conditional GETs.',
  apiImpact:
    'This is the status of optimistic concurrency: the client sends the ETag it read in If-Match, and a 412 means another writer got there first, so no update is lost silently. Object stores use the same mechanism; Amazon S3, for instance, answers a PutObject carrying If-None-Match: * with 412 when the key already exists. Put the current version or ETag in the error body so the client can reconcile without an extra round trip.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'The identical request fails again, because the condition is still false. Fetch the current representation, reapply the change to it, and resend with the new ETag in If-Match. Never drop the precondition to force the write through: that is exactly the lost update the 412 prevented.',
  },
  scenarios: [
    'Two editors open the same wiki page; the second saves with If-Match carrying the ETag it loaded, which the first save has made stale, and gets 412 instead of overwriting the first edit.',
    'A client creates a file with PUT and If-None-Match: * so as not to clobber an existing one; the file already exists, so the server answers 412 (RFC 9110 §13.1.2).',
    'A WebDAV client runs COPY with Overwrite: F onto a destination that is already mapped, and the server refuses with 412 (RFC 4918 §12.1).',
  ],
  mistakes: [
    'Answering a false If-None-Match on GET or HEAD with 412: those methods MUST get 304 (RFC 9110 §13.1.2), and a cache that receives 412 cannot refresh its stored copy.',
    'Issuing only weak ETags (W/"...", the default in Express) on resources that clients update with If-Match: If-Match requires the strong comparison (RFC 9110 §13.1.1), under which a weak tag never matches, so every conditional write fails with 412.',
    'Returning 412 when the request carried no precondition at all; RFC 4918 §12.1 says a server MUST NOT, and the code for demanding one is 428.',
    'Using 412 for business rules such as "order already shipped": 412 is about conditions in request header fields; a conflict with the resource state is 409, invalid input is 422.',
  ],
  related: [428, 304, 409, 422],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
