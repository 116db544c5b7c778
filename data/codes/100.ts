import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 100,
  phrase: 'Continue',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.2.1'),
  summary:
    'An interim go-ahead for an upload: the server has checked the method, URI and headers of a request sent with Expect: 100-continue and asks for the body. A final status code follows once the body has been processed.',
  definition:
    'The initial part of the request has been received and not yet rejected, and the server intends to send a final response after the whole request has been received and acted upon (RFC 9110 §15.2.1). When the request carried Expect: 100-continue, the 100 means the server wants the content (RFC 9110 §10.1.1); without that expectation the client simply discards it. Like every 1xx it ends with its header section and cannot carry content (RFC 9110 §15.2).',
  whenToUse:
    'An origin server that receives an HTTP/1.1 request with Expect: 100-continue and announced content MUST answer at once: with a final status if the method, URI and headers already decide it (401, 403, 405, 413), otherwise with a 100, and it MUST NOT wait for the content before sending the 100 (RFC 9110 §10.1.1). Many servers do this for you; Node.js, for example, answers 100 automatically unless the app handles the checkContinue event. Never send a 1xx to an HTTP/1.0 client (RFC 9110 §15.2).',
  clientBehavior:
    'A client that will wait for a 100 MUST send Expect: 100-continue, and SHOULD NOT wait indefinitely because a 100 cannot pass through an HTTP/1.0 intermediary (RFC 9110 §10.1.1). Over HTTP/1.1, curl adds the expectation by default to PUT uploads and to POST bodies that are large (over 1 MB in current versions) or of unknown size, and sends the body anyway if no answer arrives within 1 second (CURLOPT_EXPECT_100_TIMEOUT_MS). Page scripts cannot ask for a 100: Expect is a forbidden request header in the Fetch standard, so fetch() and XMLHttpRequest cannot set it.',
  cachingBehavior:
    'Nothing is cached: a cache only stores responses with a final status code (RFC 9111 §3). A proxy MUST forward a 100 to the client unless the proxy itself added the Expect: 100-continue that triggered it (RFC 9110 §15.2).',
  seoImpact:
    'None. Crawlers fetch pages with GET requests that carry no content, and a client MUST NOT send a 100-continue expectation on a request without content (RFC 9110 §10.1.1), so a 100 never reaches crawling or indexing.',
  apiImpact:
    "Upload APIs gain the most: a client that sends Expect: 100-continue before a multi-gigabyte PUT learns about a 401, 403 or 413 before it spends the bandwidth. A server or proxy that ignores the expectation costs every such upload the client's full wait (1 second by default in curl) before the body starts.",
  heuristicallyCacheable: false,
  contentAllowed: false,
  headers: [],
  retry: {
    rule: 'not-needed',
    advice:
      'A 100 is not a result, so there is nothing to retry: send the content and wait for the final status. If the answer is 417 instead, the client SHOULD repeat the request without the 100-continue expectation, and if no 100 arrives in time it MAY send the content anyway (RFC 9110 §10.1.1).',
  },
  scenarios: [
    'curl --http1.1 -T backup.tar https://storage.example/backups/ sends the PUT over HTTP/1.1 with Expect: 100-continue; the server checks the Authorization header, answers 100 Continue, and only then do the gigabytes go over the wire.',
    'The same upload with an expired token: the server replies 401 straight after the header section, and curl never transmits the file.',
    'A Node.js upload service listens for checkContinue so it can reject files over its size limit with 413 before accepting the body, instead of letting Node answer 100 automatically.',
  ],
  mistakes: [
    'Reading the whole body before deciding, then sending 100 or nothing: the client has already waited out its timeout and sent the data, so the saved round trip is lost, and RFC 9110 §10.1.1 says an origin server MUST NOT wait for the content before sending the 100.',
    'Rejecting the request without reading its content and keeping the connection open without saying so: if the client has started sending, the unread bytes are parsed as the next request. RFC 9110 §10.1.1 says the server SHOULD indicate whether it will close the connection or keep reading.',
    'Sending a 100 to an HTTP/1.0 client, which knows no interim responses and takes it for the final answer (RFC 9110 §15.2 forbids any 1xx to HTTP/1.0 clients).',
    'Adding Content-Length to a 100: RFC 9110 §8.6 forbids Content-Length in any 1xx response.',
  ],
  related: [417, 413, 401, 103],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
