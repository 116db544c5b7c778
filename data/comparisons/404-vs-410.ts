import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [404, 410],
  theme: 'client errors',
  intro:
    'Either code tells the client there is nothing to fetch; both are heuristically cacheable, and Google documents the same indexing treatment for them. Frameworks produce 404 automatically for every unknown route or record ID, whereas a 410 only exists if someone writes code or configuration for it. The real question is whether that extra step tells clients anything they can use.',
  pairAspects: [
    {
      aspect: 'Claim about permanence',
      cells: [
        'None: a 404 "does not indicate whether this lack of representation is temporary or permanent" (RFC 9110 §15.5.5).',
        'The condition "is likely to be permanent"; a server that cannot know that ought to send 404 instead (RFC 9110 §15.5.11).',
      ],
    },
    {
      aspect: 'What the server must remember',
      cells: [
        'Nothing: any URL that maps to no resource produces it, including paths that never existed.',
        'That the URL once existed and was removed on purpose: a tombstone row, a deleted_at column, or a list of retired paths in the server configuration.',
      ],
    },
    {
      aspect: 'Use for hiding',
      cells: [
        'Allowed: it also covers a server "not willing to disclose that one exists" (RFC 9110 §15.5.5), and may stand in for 403 (RFC 9110 §15.5.4).',
        'Unsuitable: saying a resource is gone confirms that it existed, which is exactly what hiding avoids.',
      ],
    },
  ],
  keyDifference:
    'A 404 says nothing is available now and leaves open whether anything existed or will return; a 410 says the resource existed, was removed deliberately and is not expected back.',
  decisionRule:
    'If your system knows the URL was retired on purpose (a deleted post with a tombstone, a shut-down API version, an expired listing), send 410. For everything else, including unknown paths, IDs that never existed and content whose future you do not know, send 404.',
  commonMistake:
    'Returning 410 for content that is only unpublished for a while, or for any ID the database cannot find: it asserts a permanence the server cannot vouch for, and consumers that treat 410 as final, such as a sync client that deletes its local copy, throw away data that was only briefly unavailable.',
  faq: [
    {
      question: 'Does Google drop a 410 faster than a 404?',
      answer:
        "Google's documentation puts both in the group of 4xx codes other than 429: a previously indexed URL is removed, a newly found one is not indexed, and crawling of it slows down over time. Any difference in speed is not something Google documents, so choose 410 for what it tells other clients rather than for rankings.",
    },
    {
      question: 'Should a deleted API record return 404 or 410?',
      answer:
        'If you soft-delete and keep the row, 410 lets clients tell "this was deleted" from "wrong ID" and drop their references; include the deletion time in the body if it is useful. Twitter\'s API documented 410 for endpoints it had switched off, which told integrators to migrate rather than to retry. Without a tombstone, 404 is the honest answer.',
    },
    {
      question: 'Does any protocol give 410 a specific job?',
      answer:
        'ActivityPub does: after a Delete, a server that replaces the object with a Tombstone SHOULD answer requests for it with 410 and the Tombstone as the body, and otherwise with 404 (ActivityPub §6.4). Other servers fetching the object can then tell a deleted post from a URL that never resolved.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
