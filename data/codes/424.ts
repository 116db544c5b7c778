import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 424,
  phrase: 'Failed Dependency',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(4918, '11.4'),
  summary:
    'This part of the request was not carried out because another part it depended on failed. In WebDAV it mostly appears inside a 207 Multi-Status body, next to the entry that caused the failure.',
  definition:
    'The method could not be performed on the resource because the requested action depended on another action, and that action failed; RFC 4918 §11.4 gives the example of a PROPPATCH in which one failed command makes the remaining commands fail with 424. PROPPATCH instructions are executed all or none (RFC 4918 §9.2), and §9.2.1 lists 424 as the propstat status of a property change that could not be made because another change failed.',
  whenToUse:
    'Inside a 207 Multi-Status, for each part of an all-or-nothing request that was rolled back or never attempted because a sibling part failed; the failing part carries its own code such as 403, 409, 423 or 507. For DELETE, COPY and MOVE, RFC 4918 says a 207 SHOULD NOT list 424 for members of a failed collection, since the failed parent already implies them (§9.6.1, §9.8.3, §9.9.2). When a backend service your API calls is down, send 502, 503 or 504 instead: 424 blames another action in the same request, not your infrastructure.',
  clientBehavior:
    'WebDAV and CalDAV clients read the status of each property or resource from the Multi-Status body and look for the entry that is not 424 to find what to fix. Generic HTTP libraries treat a 424 status line as an ordinary client error and do not retry it. Browsers only meet 424 from non-WebDAV APIs and show the response body.',
  cachingBehavior: ' In its WebDAV home the question does not arise: RFC 4918 §9.2 says responses to PROPPATCH MUST NOT be cached.',
  seoImpact: 'Crawlers almost never meet 424, because WebDAV methods are not crawled.',
  apiImpact:
    'Returning 424 when a downstream service the API calls fails puts the blame on the client and keeps retry policies that skip 4xx from retrying a request that could succeed later. In batch endpoints that apply all operations or none, a 424 for every rolled-back item beside the real error of the failing item mirrors the WebDAV use and tells the client exactly which item to correct.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Resending the same request fails the same way, because the action it depends on fails again. Find the entry with a status other than 424 in the Multi-Status body, fix that part (for example drop a protected property from the PROPPATCH), then resend.',
  },
  scenarios: [
    'A PROPPATCH sets the protected DAV:getetag property together with a custom property; DAV:getetag gets 403 and the custom property gets 424, and neither is changed.',
    'The example in RFC 4918 §9.2.2: removing the Copyright-Owner property fails with 409, so setting the Authors property in the same PROPPATCH is reported as 424.',
    'A CalDAV client renames a calendar and changes its colour in one PROPPATCH; the server rejects the colour value with 409 and reports the rename as 424.',
  ],
  mistakes: [
    'Answering 424 when a payment provider or database behind the API is down: the request was valid and the failure is upstream, which 502, 503 or 504 tell clients and monitoring.',
    'Putting 424 on the status line of a PROPPATCH whose changes were attempted: RFC 4918 §9.2 requires a 207 Multi-Status response in that case.',
    'Marking the instruction that actually failed as 424 too: without its own code (403, 409, 423, 507) the client cannot tell what to correct.',
    'Listing 424 for every member of a collection whose DELETE, COPY or MOVE failed, which RFC 4918 asks servers not to do (§9.6.1, §9.8.3).',
  ],
  related: [207, 422, 423, 409, 502],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
