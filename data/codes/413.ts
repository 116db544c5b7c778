import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 413,
  phrase: 'Content Too Large',
  formerPhrases: ['Payload Too Large', 'Request Entity Too Large'],
  status: 'standard',
  spec: rfc(9110, '15.5.14'),
  summary:
    'The request body is bigger than the server is willing or able to accept, typically an upload or JSON document over a configured size limit.',
  definition:
    'The server refuses to process the request because the request content is larger than it is willing or able to process; it MAY terminate the request if the protocol version allows it, or otherwise close the connection (RFC 9110 §15.5.14). If the condition is temporary, the server SHOULD send Retry-After to say so and after what time the client MAY try again. RFC 7231 called it "Payload Too Large" and RFC 2616 "Request Entity Too Large".',
  whenToUse:
    "When the declared Content-Length, or the bytes read so far, exceed what the endpoint accepts: a file over the upload maximum, a JSON body over the parser limit. Check Content-Length before reading so you can refuse at once. A URI that is too long is 414, header fields that are too large are 431, and a body that fits the limit but not the user's remaining storage is a quota problem, not a size limit (507 in WebDAV).",
  clientBehavior:
    'Because the server may close the connection or reset the stream before it has read the whole body, a browser still uploading often reports a network error instead of the 413 page; the nginx documentation warns that browsers cannot correctly display this error. Clients that send Expect: 100-continue, as curl does for large uploads, can get the 413 before transmitting the body, when the server answers the header section without waiting for it. Libraries report it as a client error and do not retry.',
  cachingBehavior:
    'As the answer to an upload, a 413 is not something caches store. A Retry-After on a temporary 413 paces client retries; it has no effect on cache freshness.',
  seoImpact: 'Crawlers send GET requests without a body and essentially never meet 413.',
  apiImpact:
    "Every layer on the path has its own limit, and whichever is smallest answers 413: nginx's client_max_body_size defaults to 1 MB, the Express body-parser limit to 100 kB, and Cloudflare caps request bodies at 100 MB on its Free plan. Document the maximum body size per endpoint, state it in the error body, and offer a multipart or resumable upload for anything larger.",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [
    header(
      'Retry-After',
      'SHOULD',
      rfc(9110, '15.5.14'),
      'Only when the condition is temporary, such as a full buffer or a quota that resets; it says after what time the client MAY try again (RFC 9110 §15.5.14). Leave it out for a fixed size limit.',
    ),
  ],
  retry: {
    rule: 'never-unchanged',
    retryAfter: true,
    advice:
      "The same body fails again unless the 413 carries Retry-After, which marks the condition as temporary; then wait that long before one retry. Otherwise make the content smaller: split it, send fewer records per request, or use the API's multipart or resumable upload.",
  },
  scenarios: [
    'A user uploads a 5 MB photo to a site behind nginx with the default client_max_body_size of 1 MB; nginx answers with its stock page titled "413 Request Entity Too Large", still using the RFC 2616 phrase.',
    'A single-page app posts a large JSON document to an Express API and body-parser rejects it with 413 because it exceeds the default 100 kB limit.',
    'A CI job uploads a 300 MB build artifact through a CDN whose plan limits request bodies, and the CDN answers 413 before the origin sees the request.',
  ],
  mistakes: [
    'Raising the limit in the application but not in the reverse proxy, or the other way round: the smaller limit still answers 413, often with an HTML page that breaks JSON clients.',
    'Buffering the whole body before checking its size, so the limit protects nothing: the memory is already spent. Check Content-Length first and stop reading at the limit.',
    'Returning 400 or 500 for an oversized body, so the client cannot tell that a smaller body would succeed.',
  ],
  related: [414, 431, 411, 507],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
