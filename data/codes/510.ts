import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 510,
  phrase: 'Not Extended',
  formerPhrases: [],
  status: 'obsoleted',
  spec: rfc(2774, '7'),
  summary:
    'The request did not carry the mandatory HTTP extension declarations the server requires, under the HTTP Extension Framework; that framework is now Historic and the IANA registry marks the code obsoleted.',
  definition:
    'Defined by RFC 2774 (An HTTP Extension Framework) §7: the policy for accessing the resource has not been met in the request, and the server should send back all the information necessary for the client to issue an extended request. If the 510 response contains information about extensions that were not in the initial request, the client MAY repeat the request after modifying it accordingly; otherwise it MAY present the response content to the user (RFC 2774 §7). The IESG moved RFC 2774 to Historic in December 2021 ("status change of HTTP experiments to Historic"), and the IANA registry lists 510 as obsoleted.',
  whenToUse:
    "Effectively never in new systems: the framework's Man/Opt and C-Man/C-Opt headers and M- prefixed methods saw almost no deployment. If a request lacks something your API requires, say what is missing with 400, 401, 403 or 428; if a method is unknown, send 501.",
  clientBehavior:
    'Browsers and HTTP libraries have no extension-framework support and treat 510 as a generic server error. Clients that do implement RFC 2774 read the response for the missing extension declaration and resend the request with it (RFC 2774 §7).',
  cachingBehavior: 'RFC 2774 gives 510 no caching role.',
  seoImpact: 'Crawlers do not use the HTTP Extension Framework and practically never meet 510.',
  apiImpact:
    'Returning 510 to mean "a required extension or capability is missing from the request" misleads clients: the code is obsoleted, and a 5xx tells them the fault is on the server, so retry logic and alerting react wrongly; a 4xx with a problem-details body says the same thing correctly.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Repeating the same request gets the same answer. Repeat it only after adding the extension declarations the 510 response asked for, which RFC 2774 §7 permits (MAY) when the response names extensions missing from the first request.',
  },
  scenarios: [
    'An RFC 2774 client sends "M-GET /document" with a C-Man header and "Connection: C-Man"; a proxy strips the hop-by-hop declaration, and the origin answers 510 because the mandatory extension never reached it.',
    "A developer finds 510 in a framework's status enum (Spring, Python's HTTPStatus, Go's net/http all define it) and uses it for \"client must send an extra header\", which is not what the registry now supports.",
  ],
  mistakes: [
    'Using 510 for a missing API header or feature flag: the request is at fault, so a 4xx such as 400 or 428 describes it and keeps client retries from firing.',
    'Presenting 510 as a current standard code; the IANA registry marks it obsoleted since its defining RFC became Historic.',
  ],
  related: [501, 400, 417, 426],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
