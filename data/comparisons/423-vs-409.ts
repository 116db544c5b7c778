import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [423, 409],
  theme: 'client errors',
  intro:
    'A write is refused because of something other than what the client sent, and the server can say Locked or Conflict. WebDAV servers such as Nextcloud send both, and some JSON APIs have borrowed 423 for "record is being edited", which blurs the line. The distinction is the mechanism: 423 reports a lock that someone took out and can release, 409 any clash between the request and the resource\'s state.',
  pairAspects: [
    {
      aspect: 'How the blocking state comes about',
      cells: [
        'Explicitly: another client, or the same one in an earlier request, took a lock with the LOCK method, and it lasts until UNLOCK or until its timeout runs out (RFC 4918 §6.6, §11.3).',
        'Implicitly, from the data: a newer version, an existing record, a state transition already made (RFC 9110 §15.5.10).',
      ],
    },
    {
      aspect: 'What gets the request through',
      cells: [
        'Presenting the lock token in the If header, if the client owns the lock (RFC 4918 §10.4), or waiting for the lock to go away.',
        'No token overrides a conflict: the client has to change its request, for example by merging, or the state has to change.',
      ],
    },
    {
      aspect: 'Reach of the block',
      cells: [
        'The source or the destination of the method (RFC 4918 §11.3), and under a Depth: infinity lock on a collection every member below it (RFC 4918 §9.10.3).',
        'The resource the request targets, plus, in WebDAV, the parent collection a PUT or MKCOL depends on.',
      ],
    },
  ],
  keyDifference:
    "A 423 means a lock someone holds on the resource blocks the request until the lock token is presented or the lock ends; a 409 means the request contradicts the resource's current state, which waiting alone does not usually change.",
  decisionRule:
    'If the block comes from a lock created with LOCK, or from an equivalent explicit lock that your API lets clients take and release, send 423 and say who holds it and until when; if it comes from the data itself, such as a stale version, a duplicate name or a missing parent collection, send 409.',
  commonMistake:
    'Answering 423 for a conflict that no lock causes, such as a duplicate name or an out-of-date version. The client is sent looking for a lock holder to wait for when it should merge or rename, and a WebDAV client may poll DAV:lockdiscovery for a lock that does not exist.',
  faq: [
    {
      question: 'When does a WebDAV server send 409 instead of 423?',
      answer:
        'For structural problems rather than locks: RFC 4918 requires 409 for a PUT whose parent collection does not exist (§9.7.1) and uses it for an MKCOL whose intermediate collections are missing (§9.3.1). 423 is kept for resources whose locks stand in the way.',
    },
    {
      question: 'Should a REST API use 423 for a record that someone is editing?',
      answer:
        'RFC 4918 ties 423 to its own lock model, with tokens obtained through LOCK and submitted in the If header (§10.4), and a plain REST client has no way to get such a token. A 409 whose body names the lock holder and the expiry tells it everything a 423 would, without implying a protocol it cannot use.',
    },
    {
      question: 'How long should a client wait before retrying after a 423?',
      answer:
        'Up to the lock\'s timeout. The lock owner asks for one with the Timeout header, in a form such as "Second-3600" or "Infinite" (RFC 4918 §10.7), the server decides the actual value, and a PROPFIND for DAV:lockdiscovery shows it. An infinite lock never lapses on its own, and a 409 offers no such clock at all, because conflicts do not expire.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
