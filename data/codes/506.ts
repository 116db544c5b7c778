import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 506,
  phrase: 'Variant Also Negotiates',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(2295, '8.1'),
  summary:
    'A server configuration error in transparent content negotiation: the variant chosen for the client is itself set up to negotiate, so negotiation would never end.',
  definition:
    'Defined by RFC 2295 (Transparent Content Negotiation, an Experimental RFC) §8.1: the server has an internal configuration error, because the chosen variant resource is configured to engage in transparent content negotiation itself and is therefore not a proper end point in the negotiation process. The code is registered with IANA and still in force, although the negotiation scheme it belongs to saw little deployment.',
  whenToUse:
    'Only in a server that implements RFC 2295, when the variant it selected for a negotiable resource turns out to be negotiable too. Ordinary content negotiation with Accept and Accept-Language never needs it: a server that cannot find an acceptable representation sends 406 or a default representation, and a generic misconfiguration is a 500.',
  clientBehavior:
    'Browsers do not send the Negotiate request header that RFC 2295 relies on and show a 506 like any other server error page. HTTP libraries expose it as a generic 5xx; none of them has special handling for it.',
  cachingBehavior:
    'It reports a server misconfiguration, so it should not carry explicit freshness either; once the variant list is fixed the same URL answers normally.',
  seoImpact: 'Crawlers almost never meet it, since they do not request transparent negotiation.',
  apiImpact:
    "APIs essentially never produce it. If one does, the fault is in the server's variant or type-map configuration, and no change on the client side can fix it.",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Repeating the request returns the same 506 until the server configuration changes. Report it to the operator; a client can drop any transparent-negotiation headers it sent and request a specific variant URL instead.',
  },
  scenarios: [
    'In Apache httpd, a type map lists a variant that is itself a type map; MDN points to mod_negotiation as the code that raises this error for such a loop.',
    'A developer experimenting with RFC 2295 sends "Negotiate: trans" with curl and sees 506 because the French variant in the variant list points to another negotiable resource.',
  ],
  mistakes: [
    'Using 506 as a general "content negotiation failed" code: when no representation matches the Accept headers the answer is 406, or a default representation.',
    "Treating it as a client error and asking users to change their language or format settings; the fix is in the server's variant configuration.",
  ],
  related: [406, 300, 500, 508],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
