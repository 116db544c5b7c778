import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 417,
  phrase: 'Expectation Failed',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.18'),
  summary:
    'A server on the path, possibly a proxy rather than the origin, cannot meet what the request\'s Expect header asks for; in practice an intermediary that does not support "Expect: 100-continue".',
  definition:
    "The expectation given in the request's Expect header could not be met by at least one of the inbound servers (RFC 9110 §15.5.18), so the 417 may come from a proxy rather than the origin. The only expectation HTTP defines is 100-continue, and a server that receives any other expectation MAY answer 417 (§10.1.1).",
  whenToUse:
    'When a request carries an Expect value your server does not implement, that is, anything other than 100-continue. For 100-continue itself, an origin server MUST send either 100 (Continue) or an immediate final status such as 401 or 413 (RFC 9110 §10.1.1); refusing the mechanism with 417 only costs the client a round trip. A server MUST ignore 100-continue in an HTTP/1.0 request rather than fail it.',
  clientBehavior:
    'A client that gets 417 for a request with 100-continue SHOULD repeat it without the expectation (RFC 9110 §10.1.1). curl adds Expect: 100-continue to request bodies larger than 1 MB or of unknown size (older releases did so above 1024 bytes), and -H "Expect:" turns that off. .NET Framework\'s HttpWebRequest sends the expectation by default, and 417 errors from older proxies such as Squid were a common result, avoided with ServicePointManager.Expect100Continue = false.',
  cachingBehavior:
    'It describes a limit of the servers on the path, not of the resource; since caches select stored responses by URI and Vary, not by Expect, a stored 417 would wrongly answer later requests sent without the expectation, so never give it explicit freshness.',
  seoImpact: 'None: crawlers send GET requests without content and never use Expect, so they do not receive 417.',
  apiImpact:
    "Large uploads from curl, PHP's cURL extension or .NET clients carry Expect: 100-continue and fail with 417 when a proxy or gateway in front of the API rejects it. The client-side fix is to drop the header; the server-side fix is to forward the expectation or answer 100 (Continue), which also lets the API refuse an unauthorized or oversized upload before the body is sent.",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'once-automatically',
    advice:
      'After a 417 to a request with 100-continue, the client SHOULD repeat it without the Expect header (RFC 9110 §10.1.1) and send the body straight away; the 417 means the request was not processed, so the retry does not perform anything twice. For any other expectation, retrying without it only makes sense if the request does not depend on that behaviour.',
  },
  scenarios: [
    'A PHP application uploads a 5 MB file with cURL through a corporate proxy; cURL adds Expect: 100-continue and the proxy answers 417 until the code sets an empty "Expect:" header.',
    'A legacy .NET Framework client posting to a SOAP service through an old Squid proxy gets "(417) Expectation Failed" on every POST.',
    'A developer tries a custom Expect value, and the origin server, which only knows 100-continue, rejects the request with 417.',
  ],
  mistakes: [
    'Answering every Expect: 100-continue with 417 instead of supporting it: clients lose the chance to be refused before uploading, and each request costs a failed attempt plus a retry.',
    'Returning 417 for a failed If-Match or If-Unmodified-Since; a failed precondition is 412.',
    'Writing a client that waits indefinitely for 100 (Continue): RFC 9110 §10.1.1 says it SHOULD NOT, since an HTTP/1.0 hop never sends one; curl waits one second by default and then sends the body.',
  ],
  related: [100, 412, 400, 411],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
