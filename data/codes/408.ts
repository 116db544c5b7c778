import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 408,
  phrase: 'Request Timeout',
  formerPhrases: ['Request Time-out'],
  status: 'standard',
  spec: rfc(9110, '15.5.9'),
  summary:
    'The server stopped waiting for the rest of the request, usually on an idle or very slow connection, and closes it; the client may send the request again.',
  definition:
    'The server did not receive a complete request message within the time it was prepared to wait (RFC 9110 §15.5.9). A client with an outstanding request MAY repeat it, on a new connection if the current one is no longer usable, as in HTTP/1.1 once request delimitation is lost (RFC 9110 §15.5.9).',
  whenToUse:
    "When reading a request's header section or body stalls past the server's timeout. RFC 9112 §8 lets a server send an error response before closing a connection on which an incomplete request arrived; sending 408 rather than just closing tells the client that the request can be repeated. A slow upstream is not the client's fault: a gateway reports that with 504, an overloaded server with 503.",
  clientBehavior:
    'Chromium and Firefox resend the request automatically when a 408 arrives on a reused keep-alive connection, because a server may send 408 on an idle connection just as the browser writes a new request on it; Firefox does so only if the request was written less than a second earlier. Most HTTP libraries hand the 408 to the caller, who may repeat the request (RFC 9110 §15.5.9). The server normally closes the connection after a 408, so the repeat goes out on a new one.',
  cachingBehavior:
    'A 408 describes the timing of one connection rather than the resource, so there is nothing worth storing; do not add Cache-Control or Expires that would make it storable.',
  seoImpact:
    'Crawlers send complete requests quickly and rarely meet 408. Google documents that every 4xx except 429 keeps a URL out of the index, with no exception for 408, so a server that answers slow crawler fetches with 408 risks losing URLs; a timeout caused by the server belongs in the 5xx range, which only slows crawling.',
  apiImpact:
    "Mobile and IoT clients that upload large bodies over poor links hit body read timeouts. nginx's client_body_timeout, 60 seconds by default, counts the time between two successive reads, and when it fires nginx logs the request as 408 but closes the connection without sending a response, so the client sees a reset connection rather than a status code. Treat 408 as retryable with backoff, and use a resumable upload protocol for large files so a retry does not start from zero. A timeout inside the client produces no status code at all, which is a different failure.",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'once-automatically',
    advice:
      "RFC 9110 §15.5.9 lets the client repeat the request. Resend it on a new connection, once or with backoff; if it keeps timing out, the upload is too slow for the server's timeout, and a smaller or resumable upload is the fix.",
  },
  scenarios: [
    'A browser reuses a keep-alive connection that the server has just timed out; the server answers 408 and Chromium resends the request on a fresh connection without showing an error.',
    'An app on a poor mobile network uploads a video, the transfer stalls for over a minute, and nginx closes the connection once client_body_timeout expires, logging 408; the app sees the connection drop, not a 408 response.',
    "A Slowloris-style test opens connections and sends header lines very slowly; nginx's client_header_timeout closes them and logs 408 without sending a response.",
  ],
  mistakes: [
    'Answering 408 when a backend or database is slow: the client sent its request in time, so the right codes are 503 or, from a gateway, 504.',
    'Treating 408 as a permanent failure and showing the user an error, when one repeat on a new connection usually succeeds.',
    'Setting read timeouts so short that ordinary uploads from slow networks always end in 408.',
  ],
  related: [504, 499, 503, 413],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
