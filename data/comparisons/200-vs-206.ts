import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [200, 206],
  theme: 'success responses',
  intro:
    "Both deliver bytes of the same file from the same URL, and a media server's log shows them side by side: a full download here, a video seek or a resumed transfer there. Which one a client gets depends on whether it sent Range, whether the server supports ranges for that resource, and whether If-Range still matches. Code that takes a 206 body for the whole file, or a 200 body for the requested slice, writes corrupt data.",
  pairAspects: [
    {
      aspect: 'What Content-Length counts',
      cells: [
        'The whole representation (RFC 9110 §8.6), so a client that was resuming and receives a 200 has to discard its partial copy and write from byte 0.',
        'Only the octets in this message, usually not the complete length, which appears after the slash in Content-Range (RFC 9110 §15.3.7).',
      ],
    },
    {
      aspect: 'Outcome of an If-Range check',
      cells: [
        'The required answer when If-Range does not match: the server MUST ignore Range and transfer the whole current representation (RFC 9110 §13.1.5, §13.2.2).',
        'Only possible when If-Range is absent or its validator matches the current one exactly, by strong comparison for an entity tag (RFC 9110 §13.1.5).',
      ],
    },
    {
      aspect: 'Methods that can produce it',
      cells: [
        'Any method: for POST the body is the result of the action, for HEAD there is no body at all (RFC 9110 §15.3.1).',
        'GET only: range handling is defined for no other method (RFC 9110 §14.2), and RFC 9110 §9.3.3 lists 206 among the few codes that cannot answer a POST.',
      ],
    },
  ],
  keyDifference:
    'A 200 carries the complete representation; a 206 carries only the byte ranges named by Content-Range, which are useless without the rest of the file.',
  decisionRule:
    'Send 206 only when a GET carries a Range you support, at least one requested range is satisfiable, and any If-Range matches your current strong ETag. Send 200 with the whole representation when there is no Range, when If-Range fails, or when you choose not to serve ranges for that resource; if no range is satisfiable, the answer is 416.',
  commonMistake:
    'Treating any 2xx answer to a Range request as the requested slice: a downloader that appends a 200 body to its partial file, because the server ignored Range as RFC 9110 §14.2 allows, ends up with the first megabytes twice and a corrupt file. Check the status and Content-Range against what was asked for before writing a single byte.',
  faq: [
    {
      question: 'Why does the server answer my Range request with 200?',
      answer:
        'Several legitimate reasons: any server MAY ignore Range, it MUST ignore it for methods other than GET (RFC 9110 §14.2), and it must send the full representation when If-Range fails. Range is also evaluated only when the response would otherwise be a 200, so a conditional GET that ends in 304 never turns into a 206.',
    },
    {
      question: 'What does Accept-Ranges: bytes promise?',
      answer:
        'Less than it seems. It advertises that byte ranges are supported for that resource (RFC 9110 §14.3), but a client MUST NOT assume later range requests will get 206, because the content may change or another intermediary may handle the next request. Clients MAY send Range without ever having seen the field, and Accept-Ranges: none asks them not to try.',
    },
    {
      question: 'Can a cache assemble a 200 from several 206 responses?',
      answer:
        'Yes, if every part carries the same strong validator: RFC 9111 §3.4 lets a cache combine them, and once the union covers the whole representation RFC 9110 §15.3.7.3 requires it to be handled as a complete 200 with a Content-Length for the full size. Parts with weak or differing ETags must not be joined.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
