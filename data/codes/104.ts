import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 104,
  phrase: 'Upload Resumption Supported',
  formerPhrases: [],
  status: 'temporary',
  spec: documentSource(
    'Resumable Uploads for HTTP (draft-ietf-httpbis-resumable-upload-05)',
    'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05',
  ),
  summary:
    'An interim response from the IETF resumable-upload protocol: while a large upload is still streaming in, the server announces the URL of an upload resource, so the client can continue from the last received byte if the connection breaks.',
  definition:
    'Defined by the Internet-Draft "Resumable Uploads for HTTP": a server that accepts an upload opting in to the protocol can create an upload resource and announce it in a 104 whose Location header points to that resource; later 104s may report progress in Upload-Offset and then carry no Location. IANA lists 104 as a temporary registration: registered 2024-11-13 against draft -05 and extended 2025-09-15, it expires on 2026-11-13 according to the registry as last updated 2025-09-15, unless renewed or made permanent when the draft is published as an RFC. Draft implementations MUST exchange an Upload-Draft-Interop-Version header, and a server MUST NOT send the 104 when the client\'s interop version is missing or different.',
  whenToUse:
    "On an upload endpoint that implements the draft, as soon as the upload resource exists and while the request content is still arriving, and only if the request's Upload-Draft-Interop-Version matches the version you implement. A server or framework that cannot emit interim responses still interoperates: the client can start the upload with Upload-Complete: ?0, even with empty content, and read the upload URL from the Location of the final response, at the cost of an extra round trip. Plain uploads that do not opt in to the protocol get no 104.",
  clientBehavior:
    'A client that received the upload URL in a 104 MAY resume automatically after a 5xx or a dropped connection: it sends HEAD to that URL to read Upload-Offset, then PATCH with the remaining bytes from that offset. Apple documents that URLSession, from iOS 17 and macOS 14, supports resumable uploads according to this draft when the server does too, including resuming an upload that failed because connectivity was lost. Page scripts never see a 104, since fetch() does not expose interim responses.',
  cachingBehavior:
    'The resumable-upload draft asks servers to mark offset responses from the upload resource Cache-Control: no-store, so no cache hands out a stale offset.',
  seoImpact: 'None. Crawlers do not upload content, and a 104 only appears on upload endpoints that implement the draft.',
  apiImpact:
    'For file-upload APIs (photos, video, backups) the 104 turns a failed multi-gigabyte upload into a resumption from the last acknowledged byte. The protocol is still a draft whose header names and interop versions have changed between revisions, so pin the version you implement and keep serving clients that never receive the 104.',
  heuristicallyCacheable: false,
  contentAllowed: false,
  headers: [],
  retry: {
    rule: 'not-needed',
    advice:
      'Resume rather than repeat: after an interruption, send HEAD to the Location from the 104, read Upload-Offset, and PATCH the rest from that offset. Re-sending the original request would start a second upload. If the offset is invalid or the client cannot reproduce the data from that point, the draft says the upload MUST be considered failed.',
  },
  scenarios: [
    "An iPhone app uploads a 2 GB video with URLSession to a server that implements the draft; the server answers 104 with Location: /uploads/b530ce8ff, the phone loses signal in a tunnel, and the app later resumes the task from its resume data, continuing from the server's offset instead of byte zero.",
    'A server sends one 104 with Location as soon as it has reserved storage, then further 104s carrying only Upload-Offset as data arrives, so the client can free buffered bytes the server has acknowledged.',
  ],
  mistakes: [
    'Sending the 104 without Location: the announcing 104 is the only way a client learns the upload URL before the request ends, and the draft forbids Location only on the later progress-only 104s.',
    'Sending 104 to clients that did not send a matching Upload-Draft-Interop-Version: draft servers MUST NOT do so, and draft clients MUST ignore a 104 with a missing or different interop version.',
    'Treating 104 as a settled standard: its registration is temporary and the draft it points to is still changing.',
  ],
  related: [100, 103, 201, 206, 413],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
