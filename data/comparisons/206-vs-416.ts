import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [206, 416],
  theme: 'client errors',
  intro:
    'Both answer the same kind of request, a GET with a Range header, and resuming download tools see them one after the other: 206 while bytes remain, 416 once the requested start lies at or beyond the end. That makes a 416 look like a failure when it is often the server saying there is nothing left to send. The line between them is drawn by the satisfiability rules of RFC 9110 §14.1.2, which are more forgiving than many implementations assume.',
  pairAspects: [
    {
      aspect: 'Form of Content-Range',
      cells: [
        'A satisfied range with the complete length, such as bytes 0-499/1234, or one per part inside multipart/byteranges (RFC 9110 §14.4, §15.3.7.2).',
        'An unsatisfied-range, bytes */1234, where the number is the current length of the representation (RFC 9110 §14.4); sending it is a SHOULD, not a MUST (RFC 9110 §15.5.17).',
      ],
    },
    {
      aspect: 'When a requested range qualifies',
      cells: [
        'At least one range starts before the current length, or is a suffix range of non-zero length; a last-pos beyond the end is trimmed to the final byte rather than refused (RFC 9110 §14.1.2).',
        'No range starts inside the representation and no non-empty suffix range was asked for; the server may also refuse many small or overlapping ranges as a likely denial-of-service attempt (RFC 9110 §15.5.17, §17.15).',
      ],
    },
    {
      aspect: 'What the client does next',
      cells: [
        'Write the bytes at the offset Content-Range states, then ask for the remainder if the part ended before the complete length.',
        'Compare the length after "*/" with its local copy: equal means the file is already complete, smaller means the resource was replaced or truncated and the partial copy must go.',
      ],
    },
  ],
  keyDifference:
    'A 206 delivers at least one of the requested ranges; a 416 says none of them falls inside the current representation and reports its length instead.',
  decisionRule:
    "Once preconditions and If-Range have passed, trim each requested range to the representation's current length. If at least one still starts inside it (or is a non-empty suffix), send 206 with what survives; if none does, send 416 with Content-Range: bytes */<length>. If If-Range fails, send neither, because the answer is a full 200.",
  commonMistake:
    'Answering 416 when the end position lies past the end of the file, such as bytes=0-999999 for a 1,000-byte object. RFC 9110 §14.1.2 reads a last-pos at or beyond the length as "up to the end", so the correct answer is 206 with bytes 0-999/1000; players and download managers that open with a generous range otherwise fail on every short file.',
  faq: [
    {
      question: 'Is a 416 at the end of a resumed download an error?',
      answer:
        'Often not. When the number after "bytes */" equals the size of the local file, the earlier transfer had already finished and the tool can stop. Only a length smaller than the local file signals trouble: the resource was replaced or truncated, and the partial copy has to be discarded.',
    },
    {
      question: 'Can a suffix range like bytes=-500 ever produce 416?',
      answer:
        'Only with a suffix length of zero. A suffix-range with a non-zero length is satisfiable by definition, and when the representation is shorter than requested the whole of it is used (RFC 9110 §14.1.2), so bytes=-500 on a 200-byte file yields a 206 with bytes 0-199/200.',
    },
    {
      question: 'When may a server refuse ranges that do exist?',
      answer:
        'When the set looks abusive: more than two overlapping ranges, or many small ones out of order (RFC 9110 §14.2, §17.15). Refusing with 416 is one option; ignoring Range and sending 200, or coalescing the parts, are the others. Apache httpd\'s MaxRanges directive, introduced after the 2011 "Apache Killer" attack (CVE-2011-3192), serves the full resource once the limit is exceeded, while Vercel refuses an excessive set with 416 and the error code TOO_MANY_RANGES.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
