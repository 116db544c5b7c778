import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 425,
  phrase: 'Too Early',
  formerPhrases: [],
  alsoKnownAs: [
    {
      phrase: 'Unordered Collection',
      note: 'From drafts of the WebDAV ordered-collections protocol that were dropped before it became RFC 3648; Node.js printed it for 425 until version 13. RFC 8470 registered 425 as Too Early.',
      source: 'https://datatracker.ietf.org/doc/draft-ietf-webdav-ordering-protocol/',
    },
  ],
  status: 'standard',
  spec: rfc(8470, '5.2'),
  summary:
    'The request arrived in TLS 1.3 early data (0-RTT), where an attacker could replay it, and the server will not act on it until it is resent after the handshake.',
  definition:
    'The server is unwilling to risk processing a request that might be replayed (RFC 8470 §5.2). It exists because TLS 1.3 early data lets a resuming client send requests before the handshake completes, and those bytes can be captured and replayed (RFC 8470 §1). Node.js printed the phrase "Unordered Collection", taken from an early WebDAV ordering draft, for 425 until version 13.',
  whenToUse:
    'Only for a request that arrived in early data or carries Early-Data: 1; RFC 8470 §5.2 says a server SHOULD NOT send 425 otherwise, because only those clients are known to retry. A request marked Early-Data: 1 that cannot be processed safely MUST be rejected with 425 (RFC 8470 §5.1). Delaying the request until the handshake completes, or refusing early data at the TLS layer, are equally valid alternatives (RFC 8470 §3).',
  clientBehavior:
    "A user agent that sent the request in early data SHOULD retry automatically, and the retry MUST NOT be sent in early data (RFC 8470 §5.2). An intermediary MUST forward the 425 if the request it forwarded carried Early-Data; otherwise it MAY retry itself once the handshake with its client completes (RFC 8470 §5.2). Firefox's networking code, for one, tracks a 425 received for a request it sent in early data.",
  cachingBehavior:
    'RFC 8470 §5.2 states that 425 is not cacheable by default and that its content is not a representation of any identified resource. It is also absent from the heuristically cacheable set of RFC 9110 §15.1, so a shared cache never reuses one for other clients unless explicitly told to.',
  seoImpact:
    'A crawler meets 425 only if it sends requests in TLS early data, and a server SHOULD NOT send it to any other request (RFC 8470 §5.2).',
  apiImpact:
    'An API behind a CDN or load balancer that accepts 0-RTT must decide per endpoint which requests may run before the handshake completes. Method safety is not a sufficient test, because some resources have side effects on GET (RFC 8470 §3), so the origin checks Early-Data: 1 and answers 425 wherever running twice would hurt.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'once-automatically',
    advice:
      'Yes, once, after the TLS handshake has completed: RFC 8470 §5.2 says the user agent SHOULD retry automatically and MUST NOT send the retry in early data. The server declined to act on the first copy, so the retry does not duplicate an effect.',
  },
  scenarios: [
    "A CDN with 0-RTT enabled forwards a resuming browser's GET /confirm?token=... with Early-Data: 1; the origin, which consumes the one-time token on GET, answers 425 and the browser resends after the handshake.",
    'A server that accepted early data serves a GET for a stylesheet from it immediately but answers 425 to a GET that starts a one-time download.',
    'An Akamai property enables the Early Data (0-RTT) behavior, which relies on the origin understanding Early-Data and generating 425 where replay is unsafe.',
  ],
  mistakes: [
    'Sending 425 to a request that neither arrived in early data nor carries Early-Data: 1: RFC 8470 §5.2 says SHOULD NOT, since such a client has no reason to retry differently.',
    'Enabling 0-RTT on a gateway whose origin ignores Early-Data: RFC 8470 §6.1 says a gateway MUST NOT forward early-data requests unless the origin understands Early-Data and generates 425 correctly.',
    'Removing the Early-Data field in an intermediate proxy: RFC 8470 §5.1 forbids it, and without it the origin cannot tell that a request is replayable.',
    'Using 425 as a generic "come back later" for warm-up or rate limits: those are 503 or 429 with Retry-After; 425 only asks for a resend after the handshake.',
  ],
  related: [429, 503, 421, 400],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
