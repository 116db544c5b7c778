import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 406,
  phrase: 'Not Acceptable',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.7'),
  summary:
    "None of the server's representations matches the request's Accept, Accept-Language or other negotiation headers, and the server chooses to refuse rather than send a default.",
  definition:
    'The target resource has no current representation acceptable according to the proactive negotiation header fields in the request (RFC 9110 §12.1), and the server is unwilling to supply a default; the server SHOULD send content listing the available representations so the user or user agent can choose (RFC 9110 §15.5.7).',
  whenToUse:
    "Rarely. RFC 9110 §12.4.1 lets a server either honor a negotiation header with 406 or disregard it and send a representation anyway, and for most resources a default (JSON, English, no compression) is more useful than a refusal. Use 406 when a representation the client said it cannot use would do harm, such as an API client that asked only for application/xml. For Accept-Encoding the server SHOULD instead send the response without content coding, unless identity was marked unacceptable (RFC 9110 §12.5.3). When the problem is the media type of the request's own body, send 415.",
  clientBehavior:
    'Browsers send broad Accept headers that include */*, so they rarely trigger a 406 and simply show the body when they do. A client can ask for a 406 on purpose by sending Accept: */*;q=0 next to its preferred types, but must still cope with a server that ignores it (RFC 9110 §12.4.3). A user agent MAY pick from the alternatives listed in the body, but no standard defines how to do that automatically (RFC 9110 §15.5.7).',
  cachingBehavior:
    'If you give a 406 explicit freshness, also send Vary naming the negotiation fields that produced it (e.g. Vary: Accept), since RFC 9110 §12.5.5 says an origin SHOULD send Vary on a cacheable response meant to be reused selectively; otherwise a cache can hand the 406 to clients whose Accept the server would have satisfied.',
  seoImpact:
    "Crawlers rarely meet 406 because most servers fall back to a default representation. When a server does refuse a crawler's Accept or Accept-Language, serve crawlers a default language or format instead.",
  apiImpact:
    'Frameworks raise 406 for you: Spring MVC when no message converter can produce a type listed in Accept (HttpMediaTypeNotAcceptableException), and Rails when a respond_to block has no branch for the requested format (ActionController::UnknownFormat). Clients that send a narrow or misspelled Accept, such as application/jason, hit these. List the supported media types in the body and document the default.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'The identical request fails again. Resend with a broader preference, for example by adding */* at a lower q value or dropping a restrictive Accept-Language, or request one of the alternatives listed in the body.',
  },
  scenarios: [
    'A client calls a Spring endpoint that only produces JSON with Accept: application/xml and gets 406.',
    'A Rails controller whose respond_to handles html and json receives a request for /report.csv and answers 406.',
    'A script sets Accept: text/csv for an export endpoint that has only JSON, and the 406 body lists application/json as available.',
  ],
  mistakes: [
    "Returning 406 for a request body in an unsupported format: that is about the request's Content-Type, and the code is 415.",
    'Refusing with 406 over Accept-Encoding: RFC 9110 §12.5.3 says to send the response without content coding instead.',
    'Sending a bare 406 without the list of available representations that RFC 9110 §15.5.7 says the server SHOULD include.',
  ],
  related: [415, 300, 400],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
