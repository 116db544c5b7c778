import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 415,
  phrase: 'Unsupported Media Type',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.16'),
  summary:
    'The server will not take the request body in the format it was sent: its Content-Type, or its Content-Encoding, is not one this endpoint accepts for this method.',
  definition:
    'The origin server refuses the request because the content is in a format not supported by this method on the target resource (RFC 9110 §15.5.16). The problem may lie in the declared Content-Type, in the Content-Encoding, or in what the server found by inspecting the data. For an unsupported content coding the response ought to carry Accept-Encoding listing the codings it accepts (§12.5.3); for an unsupported media type, Accept can list the media types it accepts.',
  whenToUse:
    "When the request body's media type or content coding is one the endpoint does not handle: XML posted to a JSON-only API, text/plain where application/json is required, a gzip-compressed body on a server that does not decompress requests. The opposite direction, no acceptable format for the response the client asked for in Accept, is 406; a supported type with broken syntax is 400; JSON that parses but holds invalid values is 422.",
  clientBehavior:
    'Browsers label form submissions themselves (application/x-www-form-urlencoded or multipart/form-data), and fetch() sends a string body as text/plain;charset=UTF-8 unless told otherwise, so a missing "Content-Type: application/json" header is the classic cause. axios, by contrast, sets application/json for plain object bodies. A 415 that carries Accept-Encoding tells the client to resend without request compression or with a listed coding (RFC 9110 §12.5.3).',
  cachingBehavior:
    'As the answer to a POST, PUT or PATCH body, a 415 is not reused by caches. A client may remember the Accept-Encoding list from a 415 for later requests, but RFC 9110 §12.5.3 notes that it describes the rejected request and can differ between resources and over time.',
  seoImpact:
    'None in practice: crawlers send GET requests without a body, so no request content is checked. A 415 on a crawlable URL would mean the server validates Content-Type even on GET, which is a bug.',
  apiImpact:
    "Frameworks differ when the Content-Type is wrong: Spring and ASP.NET Core answer 415 when no configured reader accepts the type, while Express's express.json() skips a body whose Content-Type does not match and leaves it unparsed, so the handler fails later with a misleading 400 or 500. Say in the error body which types are accepted, and on a 415 to PATCH send Accept-Patch (RFC 5789 §2.2).",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [
    header(
      'Accept-Encoding',
      'MAY',
      rfc(9110, '12.5.3'),
      'When the failure is an unsupported content coding, the RFC says the 415 "ought to" include Accept-Encoding with the accepted codings (not a BCP 14 keyword); a 415 for any other reason MUST NOT include it (RFC 9110 §12.5.3).',
    ),
    header(
      'Accept',
      'MAY',
      rfc(9110, '15.5.16'),
      'When the media type was the problem, Accept "can be used" to list the media types the resource would have accepted in the request (RFC 9110 §15.5.16).',
    ),
    header(
      'Accept-Patch',
      'SHOULD',
      rfc(5789, '2.2'),
      'On a 415 to PATCH with an unsupported patch document format, lists the patch media types the resource supports (RFC 5789 §2.2).',
    ),
  ],
  retry: {
    rule: 'never-unchanged',
    advice:
      'The same body with the same Content-Type fails again. Correct the Content-Type header, convert the body to a type listed in Accept or Accept-Patch (or in the API documentation), or, if the 415 carries Accept-Encoding, resend uncompressed or with a listed coding.',
  },
  scenarios: [
    'A fetch() call posts JSON.stringify(data) without setting Content-Type; the body goes out as text/plain;charset=UTF-8 and a Spring endpoint that consumes application/json answers 415.',
    'A client sends PATCH with Content-Type: application/json to an API that accepts only application/merge-patch+json, and the 415 lists the supported formats in Accept-Patch.',
    'A mobile app compresses request bodies with Content-Encoding: gzip; the server does not decode request codings and answers 415 with an Accept-Encoding header that omits gzip.',
    'An image upload endpoint inspects the bytes, finds a file that is not an image despite its image/png label, and rejects it with 415.',
  ],
  mistakes: [
    'Sending 415 when the problem is the response format the client asked for in Accept; that is 406.',
    'Including Accept-Encoding in a 415 about the media type: RFC 9110 §12.5.3 forbids it, because clients read it as "your compression was the problem".',
    'Using 415 for JSON with the right Content-Type that fails validation: the format is supported, so the answer is 400 for broken syntax or 422 for invalid values.',
  ],
  related: [406, 400, 422],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
