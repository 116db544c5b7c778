import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 207,
  phrase: 'Multi-Status',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(4918, '11.1'),
  summary:
    'A WebDAV request touched several resources, and the outcome for each one is in the XML body. The 207 itself only says "read the body": some or all of the operations inside it may have failed.',
  definition:
    'The 207 status code "provides status for multiple independent operations" (RFC 4918 §11.1). Its default body is a text/xml or application/xml document with a multistatus root that holds one response element per resource; each names the resource in an href (MUST) and carries either a status or, for PROPFIND and PROPPATCH, propstat elements with a status per property (RFC 4918 §13). The response MAY be used in success, partial success and failure, and 1xx codes SHOULD NOT appear inside it (RFC 4918 §13). Use of the Location header with a 207 is intentionally undefined (RFC 4918 §13.1).',
  whenToUse:
    'From a WebDAV server when one request has different outcomes for different resources: PROPFIND and PROPPATCH results, or a COPY, MOVE or DELETE on a collection where some members failed. RFC 4918 requires it for PROPPATCH once the server has attempted any change (§9.2) and for COPY when an error hits a resource other than the Request-URI (§9.8.3). If the request had one outcome, send that status instead: 201 or 204 for a successful COPY, a 4xx if a DELETE failed completely (RFC 4918 §9.6.1, §9.8.5).',
  clientBehavior:
    'Browsers never meet 207 on page loads, and fetch() reports it as response.ok because it is in the 200-299 range. WebDAV, CalDAV and CardDAV clients parse the multistatus XML and act on each href separately. Inside a status element a client MUST handle any status code by the generic HTTP rules (RFC 4918 §13). For a redirected member, a client MUST NOT rely on the DAV:location element being present and MAY re-request that member to get a Location header (RFC 4918 §13.2).',
  cachingBehavior:
    'RFC 4918 says responses to PROPPATCH and COPY MUST NOT be cached (§9.2, §9.8). Because 207 is a 2xx, a cache that sees it in answer to an unsafe method such as DELETE or MOVE MUST still invalidate the target URI (RFC 9111 §4.4), even if some members failed.',
  seoImpact:
    'None in practice: crawlers fetch pages with GET, and 207 answers WebDAV methods such as PROPFIND that crawlers never send. Keep WebDAV endpoints off public crawl paths rather than relying on how a crawler would read a multistatus body.',
  apiImpact:
    'A 207 passes every "2xx means success" check, so client code must walk each response element and treat a 4xx or 5xx inside it as a failure; otherwise a half-failed bulk DELETE is logged as done. Some non-WebDAV APIs reuse 207 for batch endpoints with JSON bodies; that is outside RFC 4918, whose default body format is XML, so such an API has to document its own body.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'not-needed',
    advice:
      'Do not resend the whole request: members that succeeded would be copied, moved or deleted again. Re-issue only the operations whose response element carried an error, after fixing what that status points to (423 Locked: submit the lock token; 507: free space).',
  },
  scenarios: [
    'A calendar app syncs with a CalDAV server: PROPFIND with Depth: 1 on the calendar collection returns 207 with one response element per event, each with its getetag, so the app downloads only the events whose tag changed.',
    'DELETE on a WebDAV folder in which one file is locked: the server answers 207 listing that file with 423 (Locked), and the folder itself stays, because RFC 4918 §9.6.1 keeps the ancestors of a member that cannot be deleted.',
    'PROPPATCH sets two properties and one of them cannot be changed: PROPPATCH is all-or-nothing, so the 207 reports 409 or 403 for the failing property and 424 (Failed Dependency) for the other (RFC 4918 §9.2.1).',
  ],
  mistakes: [
    'Treating the 207 as success without reading the body: a COPY or DELETE that failed on some members is reported to the user as complete.',
    'Listing 424 for every ancestor, or 201/204 for every member that worked, in a DELETE or COPY multistatus: RFC 4918 says these SHOULD NOT be included (§9.6.1, §9.8.3), and they bloat large responses.',
    'Putting a Location header on a 207 and expecting clients to follow it: its meaning is intentionally undefined there (RFC 4918 §13.1); redirected members carry a DAV:location element instead (§13.2).',
    'Answering a COPY, MOVE or DELETE of a single non-collection resource with 207: the plain status (201, 204, 403, 423) says the same thing without a body to parse.',
  ],
  related: [200, 208, 424, 423, 507, 204],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
