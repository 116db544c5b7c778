import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [301, 308],
  theme: 'redirects',
  intro:
    'Both announce a permanent move, both are heuristically cacheable, and Google weighs them the same, so for a page fetched with GET nobody can tell them apart. They part ways only when the redirected request carries a body. Developers usually meet the question when a platform answers with 308 where they expected 301: Next.js and Vercel emit 308 for every redirect marked permanent.',
  pairAspects: [
    {
      aspect: 'A POST at the old URL',
      cells: [
        'May arrive at the new URL as a GET without its body: RFC 9110 §15.4.2 lets a user agent make that change "for historical reasons", and browsers do so.',
        'Arrives as the same POST with the same body: 307 and 308 were added "to unambiguously indicate method-preserving redirects" (RFC 9110 §15.4).',
      ],
    },
    {
      aspect: 'What the client must keep to follow it',
      cells: [
        'Nothing beyond the URL, since a redirected POST is dropped to a body-less GET.',
        "A replayable copy of the body. Go's http.Client returns the 308 unfollowed when the request has a body but no GetBody, and the Fetch standard fails a redirected fetch() whose body is a ReadableStream.",
      ],
    },
    {
      aspect: 'Age and support',
      cells: [
        'In HTTP since RFC 1945 (1996); every client and intermediary knows it.',
        'Defined in June 2014 (RFC 7238, standardised by RFC 7538) and "might not be recognized everywhere" (RFC 9110 §15.4.9). Go\'s client follows it from Go 1.8, and nginx treats "return 308" as a redirect from version 1.13.0.',
      ],
    },
    {
      aspect: 'CDN default caching',
      cells: [
        'Cloudflare caches a 301 without cache headers for 120 minutes by default.',
        "Not in Cloudflare's list of status codes cached by default, so without Cache-Control it is fetched from the origin each time.",
      ],
    },
  ],
  keyDifference:
    'Both are permanent; a 308 obliges the client to repeat the same method and body at the new URL, while a 301 lets it turn a POST into a GET.',
  decisionRule:
    'For pages, images and other URLs that only ever receive GET or HEAD, either works, and 301 has the longest support. If anything sends POST, PUT, PATCH or DELETE to the old URL (HTML form actions, webhook senders, API clients), send 308 so the write arrives intact.',
  commonMistake:
    'Putting a blanket 301 rule (http to https, adding a trailing slash, a new hostname) in front of a host that also receives webhooks or API writes: senders that follow the redirect replay it as a body-less GET, the new URL answers 405 or an unrelated listing, and the sender logs a delivery the handler never saw.',
  faq: [
    {
      question: 'Does Google treat a 308 differently from a 301?',
      answer:
        "No. Google's documentation lists 308 as equivalent to 301: Googlebot follows it and the indexing pipeline takes it as a strong signal that the target is canonical. Choose between them by what the redirected requests carry, not by search impact.",
    },
    {
      question: 'Why does my Next.js or Vercel site answer 308 when I configured a permanent redirect?',
      answer:
        'Next.js maps permanent: true to 308 and permanent: false to 307, and its docs explain why: browsers changed the method of 301 and 302 redirects to GET. If an old client needs the classic codes, the redirects() entry accepts statusCode: 301 in place of permanent.',
    },
    {
      question: 'What does a client that predates 308 do with it?',
      answer:
        'RFC 9110 §15 requires a client to treat an unknown status code as the x00 of its class, here 300 Multiple Choices, and §15.4 lets a user agent follow Location even when it does not understand the code. Clients that do neither show the body, which is why a 308 should carry a short HTML note with a link to the new URL.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
