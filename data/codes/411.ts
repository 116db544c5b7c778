import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 411,
  phrase: 'Length Required',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.12'),
  summary:
    'The server wants to know the size of the request body before it reads it, and the request arrived without a Content-Length, usually because the body was sent chunked or streamed.',
  definition:
    'The server refuses to accept the request without a defined Content-Length; the client MAY repeat the request once it adds a valid Content-Length giving the length of the request content (RFC 9110 §15.5.12). In HTTP/1.1 a server MAY reject any request that has a body but no Content-Length this way, even though chunked transfer coding is otherwise a valid way to frame a request body (RFC 9112 §6.3).',
  whenToUse:
    'When your server, or the gateway in front of it, must know the body size before reading, for example to check a quota or to hand the body to storage in one piece, and the request used chunked transfer coding or, over HTTP/2 or HTTP/3, declared no length. If a length is declared but too big, send 413; if the Content-Length value itself is malformed, send 400. A server that can buffer or stream bodies of unknown length should accept them instead.',
  clientBehavior:
    'Browsers compute Content-Length for form posts and for fetch() with a string, Blob or FormData body, so they rarely meet 411. HTTP libraries report it as an ordinary client error and do not retry on their own. RFC 9112 §6.3 tells clients to send Content-Length rather than chunked whenever the length is known in advance, precisely because some services answer chunked requests with 411 even though they understand chunked coding.',
  cachingBehavior:
    'A 411 answers a request with content, nearly always POST or PUT: responses to PUT are never cacheable (RFC 9110 §9.3.4) and a POST response only with explicit freshness and a matching Content-Location (§9.3.3), so caches do not reuse it in practice.',
  seoImpact:
    'Crawlers fetch pages with GET and no body, so they practically never receive 411. Should a crawled URL answer 411, Google documents that every 4xx except 429 is handled the same way: the URL is not indexed, or is dropped if it was.',
  apiImpact:
    'Upload endpoints in front of storage that needs the size up front answer chunked uploads with 411; Amazon S3, for example, rejects a PUT without Content-Length with the error code MissingContentLength. The usual trigger is an SDK uploading from a pipe or stream whose size it cannot know, so document whether each upload endpoint accepts chunked bodies.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Sending the same request again fails the same way. RFC 9110 §15.5.12 lets the client repeat it once it adds a valid Content-Length, which means buffering the body or measuring the file first; the first attempt was refused before processing, so repeating even a POST this way does not perform the action twice.',
  },
  scenarios: [
    'A Node.js client pipes a file stream into an HTTP/1.1 request, which goes out with Transfer-Encoding: chunked; the upload gateway answers 411 until the client sets Content-Length from the file size.',
    'A script runs curl -X POST with no data against a server that demands Content-Length on every POST; curl sends no length for an empty body, and adding -d "" makes it send "Content-Length: 0".',
    'A backup tool streams a compressed archive from stdin to object storage; the size is unknown in advance, the chunked PUT is rejected with 411, and the tool has to switch to a multipart upload of known-size parts.',
  ],
  mistakes: [
    'Returning 411 to a GET or DELETE without a body: RFC 9110 §8.6 says a user agent SHOULD NOT send Content-Length when there is no content and the method does not anticipate any, so the client did nothing wrong.',
    'Using 411 when Content-Length is present but exceeds the limit; that is 413, and the client has to shrink the body, not add a header.',
    'Answering an invalid or conflicting Content-Length with 411: that is a framing error, which RFC 9112 §6.3 requires a server to answer with 400 and then close the connection.',
  ],
  related: [413, 400, 417, 415],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
