import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 102,
  phrase: 'Processing',
  formerPhrases: [],
  status: 'deprecated',
  spec: rfc(2518, '10.1'),
  summary:
    'A WebDAV keep-alive: the server has the complete request and is still working on it, so the client should not give up. The WebDAV revision of 2007 dropped it, and browsers ignore it.',
  definition:
    'RFC 2518 §10.1 defined 102 as an interim response meaning the server has accepted the complete request but not yet completed it; a server SHOULD send it only when it expects the request to take significant time (the guidance is longer than 20 seconds), and MUST still send a final response. RFC 4918, which obsoletes RFC 2518, removed the code and its Status-URI header for lack of implementation (RFC 4918 Appendix F.3). The IANA registry still lists 102 with RFC 2518 as its reference, so the number stays reserved, but no current specification defines it.',
  whenToUse:
    "Not in new designs. For work that outlasts a client's timeout, answer 202 with a status resource the client can poll, or stream progress in the body of a 200. RFC 2518 aimed it at methods that can run long, especially those that take a Depth header such as COPY or MOVE on a collection; a server that still sends it MUST NOT send it to an HTTP/1.0 client (RFC 9110 §15.2) and must still finish with a final response (RFC 2518 §10.1).",
  clientBehavior:
    "Every client MUST be able to parse unexpected 1xx responses and MAY ignore them (RFC 9110 §15.2), which is what browsers do with 102 according to MDN. Whether a 102 resets a client's read timeout depends on the library, so the keep-alive effect RFC 2518 intended cannot be relied on.",
  cachingBehavior: 'Nothing is cached: a 102 is interim, and caches only store responses with a final status code (RFC 9111 §3).',
  seoImpact:
    "None. Crawlers do not send the long-running WebDAV methods that provoke a 102, and Google's documentation on how status codes affect Search does not cover it.",
  apiImpact:
    'Treat a 102 as noise on the way to the real answer. An API that returns 102 as its only answer breaks clients, because an interim status cannot end an exchange: libraries keep waiting for a final response or report a protocol error. Report progress with 202 and a pollable status resource, or with server-sent events.',
  heuristicallyCacheable: false,
  contentAllowed: false,
  headers: [],
  retry: {
    rule: 'not-needed',
    advice:
      'Do not repeat the request while 102s arrive: the server is still executing it, and a second COPY or MOVE would run alongside the first. If the connection drops before the final status, inspect the resources first, because the operation may have completed anyway.',
  },
  scenarios: [
    "A WebDAV client sends COPY with Depth: infinity for a large collection; a server that still implements RFC 2518's 102 sends 102 Processing while it copies, then a 207 Multi-Status with the result for each member.",
    'A Node.js handler calls response.writeProcessing() before a slow operation; browsers discard the 102 and keep waiting for the final response.',
  ],
  mistakes: [
    'Using 102 as the final answer of a polling endpoint to mean "job still running": a 1xx cannot end an exchange, so clients hang or raise a protocol error. Answer 202 with a status URL instead.',
    'Sending 102 to an HTTP/1.0 client, which RFC 9110 §15.2 forbids for every 1xx status code.',
    'Citing 102 as a current WebDAV feature: RFC 4918 removed it, so clients built against the current specification are not expected to understand it.',
  ],
  related: [202, 100, 103, 207, 504],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
