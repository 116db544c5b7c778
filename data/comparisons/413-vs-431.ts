import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [413, 431],
  theme: 'client errors',
  intro:
    'The complaint is "too large" in both cases, and either one usually comes from a proxy or server limit before the application sees anything. They measure different parts of the message: 413 the body, 431 the header section, cookies and Authorization included. From the user\'s side the symptoms look alike, a sudden error page on a site that worked yesterday, whether the cause is a bigger upload or a browser that has collected too many cookies.',
  pairAspects: [
    {
      aspect: 'Part of the message measured',
      cells: [
        'The content, declared by Content-Length or counted while reading a chunked body (RFC 9110 §15.5.14).',
        'The header section as a whole or any single field line in it (RFC 6585 §5); RFC 9110 §5.4 requires an appropriate 4xx for oversized fields, and 431 is the specific one.',
      ],
    },
    {
      aspect: 'When the server can tell',
      cells: [
        'Once it has read the header section: Content-Length gives the size before any body byte arrives, otherwise the count crosses the limit mid-body, and the server MAY then terminate the request or close the connection (RFC 9110 §15.5.14).',
        'While it is still reading the header section, before it has routed the request or looked at Content-Length.',
      ],
    },
    {
      aspect: 'Who controls the size',
      cells: [
        'Usually the user or the calling code, which chose the file or built the payload and can make it smaller.',
        "Usually the site or an identity provider, which set the cookies or minted the token; the user's only lever is clearing cookies.",
      ],
    },
  ],
  keyDifference:
    'A 413 objects to the size of the request body; a 431 objects to the size of the request header fields, which usually means cookies or tokens rather than anything the user chose to send.',
  decisionRule:
    'Measure where the limit was hit: if the body (declared Content-Length or bytes read so far) exceeds it, send 413; if the header section or one field line does, send 431 and name the field when a single one is at fault.',
  commonMistake:
    'Raising the wrong limit. In nginx, client_max_body_size governs bodies while header sections are bounded by large_client_header_buffers, and nginx reports an oversized header as 400 rather than 431; raising the body limit after a cookie-bloat error changes nothing, and raising header buffers does nothing for a rejected upload.',
  faq: [
    {
      question: 'Why does a 1 MB file fail against a 1 MB upload limit?',
      answer:
        'Because the limit applies to the whole request content, and multipart/form-data wraps the file in boundaries and per-part headers, and possibly other form fields, so the body is always somewhat larger than the file. Those part headers are content, not request header fields, so they count toward 413 and never toward 431.',
    },
    {
      question: 'How large can cookies legitimately get?',
      answer:
        'RFC 6265 §6.1 asks browsers to support at least 4096 bytes per cookie and at least 50 cookies per domain, which adds up to roughly 200 KB, far beyond the 8 to 16 KB header limits common in servers and proxies. A site that uses even a fraction of what browsers allow runs into 431 long before any cookie is refused.',
    },
    {
      question: 'If both the headers and the body are too big, which code does the client see?',
      answer:
        'Normally 431: a server reads the whole header section before it can act on Content-Length, and the header limit trips while it is still reading. A client that sends Expect: 100-continue learns about either problem before uploading, since RFC 9110 §10.1.1 requires the origin to answer at once when the method, target and header fields already decide the outcome.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
