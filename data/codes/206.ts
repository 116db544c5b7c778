import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

// Each of these is a MUST only "if the field would have been sent in a 200 (OK)
// response to the same request" (RFC 9110 §15.3.7).
const repeatedFrom200 = 'Required when the 200 response to the same request would have carried it (RFC 9110 §15.3.7).';

export default {
  code: 206,
  phrase: 'Partial Content',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.3.7'),
  summary:
    'The server is answering a Range request with only the requested part or parts of the resource, as used for resuming downloads and seeking in audio and video.',
  definition:
    'The server is successfully fulfilling a range request for the target resource by transferring one or more parts of the selected representation (RFC 9110 §15.3.7). A single part comes with a Content-Range header naming its byte range (RFC 9110 §15.3.7.1); several parts come as a multipart/byteranges body with a Content-Range in each part and none in the header section (RFC 9110 §15.3.7.2). The server may send fewer ranges than requested, so the client MUST inspect Content-Type and Content-Range to see what it got.',
  whenToUse:
    'When a GET carries a valid Range header that the resource supports and at least one requested range is satisfiable, and any If-Range condition holds; the server SHOULD then send 206 (RFC 9110 §14.2). Range handling is only defined for GET, and a server MAY ignore Range and send a full 200. If no requested range is satisfiable, send 416; if If-Range no longer matches, send the whole representation with 200 (RFC 9110 §13.1.5).',
  clientBehavior:
    "Browsers request ranges for audio and video (developers report that Safari's first media request asks for Range: bytes=0-1, and Apple's guidance says servers hosting media for iOS must support byte-range requests) and for resuming downloads; curl resumes with -C -. A client resuming a file sends If-Range with the strong ETag it saw, so a changed file comes back whole as 200 instead of being stitched together from two versions; ranges may only be combined when they share the same strong validator (RFC 9110 §15.3.7.3).",
  cachingBehavior:
    'Heuristically cacheable (RFC 9110 §15.3.7), but a cache may only store it if it understands 206 and supports Range and Content-Range for the range unit used (RFC 9111 §3, §3.3). A cache may store a 206 as an incomplete 200, combine parts that share a strong validator (RFC 9111 §3.4), and MUST NOT send a partial response to a client without marking it 206 (RFC 9111 §3.3).',
  seoImpact:
    "Google's documentation on how status codes affect Search does not list 206. Pages and their resources are normally fetched whole; the code matters for media and large files, where a server that breaks range requests can make video unplayable for users on Safari and iOS.",
  apiImpact:
    'Range requests let clients download large exports or blobs in resumable chunks and in parallel. Advertise support with Accept-Ranges: bytes, give every response a strong ETag for If-Range, and compute ranges on the encoded bytes actually sent: with a content coding applied, byte ranges refer to the encoded data (RFC 9110 §14.1.2), so on-the-fly compression that varies between requests breaks resumption.',
  heuristicallyCacheable: true,
  contentAllowed: true,
  headers: [
    header(
      'Content-Range',
      'MUST',
      rfc(9110, '15.3.7.1'),
      'For a single part, states the enclosed byte range and normally the complete length, e.g. bytes 21010-47021/47022. In a multipart 206 it goes in each body part and MUST NOT appear in the header section (RFC 9110 §15.3.7.2).',
    ),
    header(
      'Content-Type',
      'MUST',
      rfc(9110, '15.3.7.2'),
      'For multiple parts, multipart/byteranges with its required boundary parameter; each body part then carries the Content-Type the 200 would have had (SHOULD).',
    ),
    header('Date', 'MUST', rfc(9110, '15.3.7'), repeatedFrom200),
    header('Cache-Control', 'MUST', rfc(9110, '15.3.7'), repeatedFrom200),
    header(
      'ETag',
      'MUST',
      rfc(9110, '15.3.7'),
      'Required when the 200 would carry it (RFC 9110 §15.3.7); clients resume with If-Range only against a strong ETag.',
    ),
    header('Expires', 'MUST', rfc(9110, '15.3.7'), repeatedFrom200),
    header('Content-Location', 'MUST', rfc(9110, '15.3.7'), repeatedFrom200),
    header('Vary', 'MUST', rfc(9110, '15.3.7'), repeatedFrom200),
  ],
  retry: {
    rule: 'not-needed',
    advice:
      'Range requests are GETs, so repeating them is harmless. After an interrupted transfer, ask for the remainder with Range: bytes=<next byte>- and If-Range carrying the strong ETag already received; if the resource changed, the server sends the whole new representation with 200 and the client starts over.',
  },
  scenarios: [
    'A user seeks to minute 40 of a video; the browser sends Range: bytes=734003200- and the server answers 206 with Content-Range: bytes 734003200-1073741823/1073741824.',
    'curl -C - -O https://releases.example/image.iso resumes an interrupted download from the size of the local file, and the server answers 206 with the missing tail.',
    'A browser PDF viewer such as PDF.js loads a 200 MB manual in range chunks and renders the first pages before the rest of the file has arrived.',
    'A download manager splits a file into four ranges fetched in parallel and checks that every 206 carries the same strong ETag before joining them.',
  ],
  mistakes: [
    'Ignoring Range on media and large files: a full 200 is allowed (RFC 9110 §14.2), but Safari and iOS media playback require byte ranges, and downloads cannot resume. Labelling the full file 206 is worse, because clients then misplace the data.',
    'Sending a 206 without Content-Range, or with a range that does not match the bytes sent: the client MUST read Content-Range to place the data (RFC 9110 §15.3.7), so the file is corrupted or the response rejected.',
    'Generating ETags that change on every response, or weak ones, for a range-capable resource: If-Range requires a strong match (RFC 9110 §13.1.5), so every resumption falls back to downloading everything.',
    'Returning multipart/byteranges for a request that asked for a single range: RFC 9110 §15.3.7.2 forbids it because such clients may not support multipart responses.',
  ],
  related: [416, 200, 304, 412],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
