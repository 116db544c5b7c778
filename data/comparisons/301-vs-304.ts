import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [301, 304],
  theme: 'caching and validation',
  intro:
    'Both belong to the 3xx class and both spare the client a fresh copy of the content at this URL, which is where the likeness ends. A 301 sends the client to another URL for good; a 304 tells it to use the copy it already holds for this one.',
  pairAspects: [
    {
      aspect: 'What the client asked',
      cells: [
        'Anything: a 301 answers an ordinary request for a URL whose resource has moved (RFC 9110 §15.4.2).',
        'A conditional GET or HEAD whose condition evaluated to false, typically an If-None-Match that still matches (RFC 9110 §15.4.5).',
      ],
    },
    {
      aspect: 'What the client does next',
      cells: [
        'Makes a new request to the URI in Location, which the server SHOULD send (RFC 9110 §15.4.2).',
        'Nothing more: it uses its stored representation "as if it were the content of a 200 (OK) response" (RFC 9110 §15.4.5).',
      ],
    },
    {
      aspect: 'Content',
      cells: [
        'Usually a short hypertext note with a link to the new URI (RFC 9110 §15.4.2).',
        'None: a 304 is terminated by the end of its header section (RFC 9110 §15.4.5).',
      ],
    },
  ],
  keyDifference:
    'A 301 moves the client to a different URL, where it makes a new request; a 304 keeps the client at the same URL and confirms that the copy it has stored is still valid.',
  decisionRule:
    'They never compete for the same request. A URL that moved answers 301, even to a conditional request, because RFC 9110 §13.2.1 has servers ignore preconditions when the unconditional answer would not be 2xx or 412. A 304 is only ever the answer to a conditional request for a URL that would otherwise get 200.',
  commonMistake:
    'Treating 304 as a redirect because it is a 3xx: it carries no Location, and redirect-following code that reads Location on every 3xx, or a site audit that counts 304s as redirects, misreads what is in fact a successful revalidation of the same URL.',
  faq: [
    {
      question: 'Why is 304 in the 3xx class if it is not a redirect?',
      answer:
        'RFC 9110 §15.4.5 describes it as the server "redirecting the client to make use of that stored representation": the redirection points at the client\'s cache, not at another URI. That is why it needs no Location and carries no content.',
    },
    {
      question: 'Will browsers keep following a 301 after I remove it?',
      answer:
        'They can: 301 is heuristically cacheable (RFC 9110 §15.4.2), so a browser that stored it may keep redirecting without asking the server until the stored response expires. A 304 leaves nothing like that behind; it only confirms a stored copy each time the client revalidates.',
    },
    {
      question: 'How does Googlebot treat each of them?',
      answer:
        "Google documents that a 301 is a strong signal that the redirect target should be canonical, while a 304 tells its indexing pipeline that the content is the same as at the last crawl, with no other effect on indexing. Answering Googlebot's conditional requests with 304 saves crawl load; it never moves a page to another URL.",
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
