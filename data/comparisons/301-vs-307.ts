import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [301, 307],
  theme: 'redirects',
  intro:
    'These two differ on both axes a redirect has: 301 is permanent and lets clients turn a POST into a GET, while 307 is temporary and forbids changing the method. Picking one of them for a single property brings the other property along.',
  pairAspects: [
    {
      aspect: 'Permanence',
      cells: [
        'Permanent: future references "ought to use one of the enclosed URIs" (RFC 9110 §15.4.2).',
        'Temporary: the client "ought to continue using the original target URI for future requests" (RFC 9110 §15.4.8).',
      ],
    },
    {
      aspect: 'Method on the redirected request',
      cells: [
        '"For historical reasons, a user agent MAY change the request method from POST to GET" (RFC 9110 §15.4.2), and browsers do.',
        'The user agent "MUST NOT change the request method" on automatic redirection (RFC 9110 §15.4.8), so a POST is resent as a POST with its body.',
      ],
    },
    {
      aspect: 'Stored without explicit freshness',
      cells: [
        'Yes: heuristically cacheable (RFC 9110 §15.4.2), so browsers may keep following a 301 from cache after you change it.',
        'No: a cache stores a 307 only when it carries explicit freshness or a directive such as public (RFC 9111 §3).',
      ],
    },
  ],
  keyDifference:
    '301 is a permanent move that tolerates a POST becoming a GET and is cached by default; 307 is a temporary detour that keeps the method and body and is cached only when its headers say so.',
  decisionRule:
    'Use 301 for a permanent move of pages fetched with GET, such as old URLs and domain changes; if the moved URL also receives POST, PUT or DELETE, use 308 instead. Use 307 for a temporary detour where the method must survive: maintenance routing, shifting load to another host, or a form endpoint served elsewhere for a while.',
  commonMistake:
    'Using 301 for a move that is only temporary, such as a maintenance window: browsers store it heuristically, so visitors keep landing on the temporary URL after the redirect is removed, until their stored copy expires or they clear their cache.',
  faq: [
    {
      question: 'Do browsers really turn a POST into a GET on a 301?',
      answer:
        'Yes. The Fetch standard, which browsers implement, changes the method to GET and drops the body when the status is 301 or 302 and the method is POST, and for 303 whenever the method is not GET or HEAD. On a 307 or 308 it keeps both the method and the body.',
    },
    {
      question: 'Why does Chrome show a "307 Internal Redirect" that my server never sent?',
      answer:
        'When HSTS applies, Chrome upgrades http:// to https:// before any request leaves the browser and shows the step in DevTools as a synthesised 307 with Non-Authoritative-Reason: HSTS. The redirect your server sent the first time, the one that led to HSTS being set, is usually a 301 or 308.',
    },
    {
      question: 'Which should an API use when an endpoint moves for good?',
      answer:
        'Neither fits an endpoint that receives POST or PUT: 301 lets clients drop the body, and 307 tells them to keep using the old URL. 308 Permanent Redirect keeps the method and body and declares the move permanent (RFC 9110 §15.4.9).',
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
