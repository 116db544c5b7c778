import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 416,
  phrase: 'Range Not Satisfiable',
  formerPhrases: ['Requested Range Not Satisfiable'],
  status: 'standard',
  spec: rfc(9110, '15.5.17'),
  summary:
    'The part of the file the client asked for with a Range header does not exist in the current version, typically because it starts at or past the end, or the server refuses the set of ranges as abusive.',
  definition:
    'The ranges in the request\'s Range header were rejected, either because none of them is satisfiable or because the client asked for an excessive number of small or overlapping ranges (RFC 9110 §15.5.17). A byte range is satisfiable if it starts before the current length of the representation, or if it is a suffix range of non-zero length (§14.1.2). A server sending 416 to a byte-range request SHOULD include Content-Range with the current length. RFC 2616 called it "Requested Range Not Satisfiable".',
  whenToUse:
    'On a GET with a valid Range header, after all preconditions have passed, when no requested range overlaps the representation, such as bytes=5000- on a 4,000-byte file (RFC 9110 §14.2); also to refuse many small or overlapping ranges as a denial-of-service measure (§17.15). A server may instead ignore Range and send the whole representation with 200, as many do. When If-Range does not match, send the full 200, never 416.',
  clientBehavior:
    'Download tools such as wget -c and curl -C - resume by asking for bytes from the size of the partial file; when the file is already complete the server answers 416, and wget reports that the file is already fully retrieved. A client reads the current length from "Content-Range: bytes */N" and either requests a range inside it, restarts without Range, or stops.',
  cachingBehavior:
    'A cache combines stored ranges only when they share the same strong validator (RFC 9111 §3.4), so a 416 whose Content-Range length differs from the length it stored means the parts it holds belong to an older version. Content-Range means something only in 206 and 416 responses (RFC 9110 §14.4).',
  seoImpact: 'Crawlers fetch whole documents without Range, so they almost never meet 416.',
  apiImpact:
    'Object storage and file APIs return 416 when a reader asks for an offset past the end; Amazon S3 reports it with the error code InvalidRange. A representation of zero length has no satisfiable int-range, so even bytes=0-0 on an empty object can get 416 (RFC 9110 §14.1.2); readers that probe with a small first range must handle that case.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [
    header(
      'Content-Range',
      'SHOULD',
      rfc(9110, '15.5.17'),
      'In a 416 to a byte-range request, an unsatisfied-range value such as "bytes */47022" gives the current length of the selected representation (RFC 9110 §15.5.17, §14.4).',
    ),
  ],
  retry: {
    rule: 'never-unchanged',
    advice:
      'The same Range fails again. Read the current length from Content-Range, then ask for a range inside it, restart without Range, or stop because the file is complete. Send If-Range with resumed downloads so that a changed file comes back as a full 200 instead of a mix of two versions.',
  },
  scenarios: [
    'wget -c is rerun on a download that had already finished; it asks for bytes starting at the full file length, gets 416, and reports the file as already fully retrieved.',
    'A log tailer polls with Range: bytes=<last offset>- after the log was rotated and truncated, and receives 416 until it starts again from offset zero.',
    "A client reads an object in 1 MB slices and computes the last slice wrongly, asking for bytes that start exactly at the object's length; the store answers 416.",
  ],
  mistakes: [
    'Answering 416 when If-Range does not match: the server must then ignore Range and send the full representation with 200 (RFC 9110 §13.2.2, step 5).',
    'Leaving Content-Range out of the 416, so the client needs another request to learn the current length.',
    'Returning 416 to HEAD or POST requests that happen to carry Range: a server MUST ignore Range for methods without defined range handling, and GET is the only one (RFC 9110 §14.2).',
  ],
  related: [206, 200, 412, 400],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
