import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 208,
  phrase: 'Already Reported',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(5842, '7.1'),
  summary:
    'A status that appears inside a WebDAV 207 body, not on a response line: this collection was reached again through another binding and was already listed earlier in the same response, so its members are not repeated.',
  definition:
    'RFC 5842, the WebDAV binding extensions, defines 208 for use inside a DAV:propstat response element to avoid enumerating the members of a collection that is bound at several URLs over and over (RFC 5842 §7.1). For each binding to a collection in the request\'s scope, only one is reported with 200; the DAV:response elements for the other bindings use 208 and their descendants are left out (RFC 5842 §7.1). It occurs only for "Depth: infinity" requests and matters most when bindings form a loop (RFC 5842 §7.1).',
  whenToUse:
    'Only inside a 207 multistatus body, when a server that supports bindings walks a Depth: infinity PROPFIND and reaches a collection it has already reported. RFC 5842 §7.1 says it SHOULD NOT be used unless the client signalled support for the binding extensions in its DAV request header (§8.2); for other clients, return 508 (Loop Detected) when a binding loop is found, either as the top-level status or inside the multistatus if streaming has already begun.',
  clientBehavior:
    'Browsers never see it: it is not sent as a response status. A WebDAV client that understands bindings reads 208 as "same collection as an earlier entry" and reuses that entry\'s member list. A client can request the DAV:resource-id property in the PROPFIND to rebuild the binding structure reliably (RFC 5842 §7.1). A client that does not know 208 would fall back to reading it as 200 (RFC 9110 §15) and conclude the collection has no members, which is why servers are told to send 508 to such clients instead.',
  cachingBehavior:
    'Nothing to cache on its own: 208 lives inside the XML body of a 207 to PROPFIND, a method general-purpose HTTP caches do not store.',
  seoImpact:
    'None: crawlers send GET, while 208 only appears inside multistatus bodies of Depth: infinity PROPFIND responses on servers that support WebDAV bindings.',
  apiImpact:
    'If you write a WebDAV client that sends "Depth: infinity", handle 208 entries by linking them to the earlier entry with the same DAV:resource-id instead of recursing, or a bind loop turns into endless traversal. Returning 208 as a top-level status to mean "this record already exists" is not its defined meaning; 409 (Conflict), or a 303 pointing at the existing record, says that in standard terms.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'not-needed',
    advice:
      'Nothing to retry: the 208 entry is a successful answer that points back to data already in the same response. Requesting the collection again would return the same structure.',
  },
  scenarios: [
    'A PROPFIND with Depth: infinity on /Coll/, where /Coll/Bar is a second binding to /Coll/ itself: the server reports /Coll/ with 200 and /Coll/Bar with 208, and does not descend into it again.',
    "A document-management server exposes the same project folder under /projects/alpha/ and /teams/x/alpha/; a bindings-aware sync client gets the folder's members once, and a 208 for the second path.",
    'The same server receives the PROPFIND from a client that did not signal binding support in its DAV header, detects the loop, and answers 508 (Loop Detected) instead of using 208.',
  ],
  mistakes: [
    'Returning "HTTP/1.1 208 Already Reported" as the status line of an ordinary API response to mean "duplicate": generic clients treat it as a 2xx success and never learn the request was not applied.',
    'Using 208 with clients that did not signal support for the binding extensions: RFC 5842 §7.1 says SHOULD NOT, because such clients may not understand it appearing in multistatus bodies.',
    'Writing a Depth: infinity client that does not request DAV:resource-id, so it cannot tell which earlier entry a 208 refers to; RFC 5842 §7.1 points clients to that property for exactly this.',
  ],
  related: [207, 508, 200],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
