import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [404, 405],
  theme: 'client errors',
  intro:
    'A POST to /articles/7 that the server does not accept can be answered "there is nothing here" or "something is here, but not for POST". The second answer is more useful and carries a required header field, yet many frameworks send the first by default.',
  pairAspects: [
    {
      aspect: 'What it says about the resource',
      cells: [
        'Nothing: there is no current representation, or the server will not disclose one (RFC 9110 §15.5.5).',
        'That it exists: the method "is known by the origin server but not supported by the target resource" (RFC 9110 §15.5.6).',
      ],
    },
    {
      aspect: 'Required header field',
      cells: [
        'None is required: with no resource identified, there are no methods to list.',
        "Allow, listing the resource's currently supported methods, a MUST (RFC 9110 §15.5.6); an empty Allow means the resource allows no methods at the moment (RFC 9110 §10.2.1).",
      ],
    },
    {
      aspect: 'Which layer produces it',
      cells: [
        'A router whose path patterns match nothing, whatever the method: Express\'s default final handler answers 404 "Cannot POST /articles/7" even when GET on that path works.',
        "A router that matched the path but has no handler for the method: Django's class-based View answers 405 with Allow for a method it does not define; in Express it takes explicit code.",
      ],
    },
  ],
  keyDifference:
    '404 denies that there is anything at the URL; 405 confirms the resource exists, refuses only the method, and must list the methods that work in Allow.',
  decisionRule:
    'If the path identifies a resource and only the method is unsupported, send 405 with Allow. If the path identifies nothing, send 404 whatever the method. If the resource must stay hidden from this client, 404 for every method is the consistent choice.',
  commonMistake:
    'Sending 405 without an Allow field, which RFC 9110 §15.5.6 requires: the client learns that its method is wrong but not which one is right, and has to guess or read documentation to continue.',
  faq: [
    {
      question: 'How do I make Express answer 405 instead of 404 for a wrong method?',
      answer:
        "Express's default final handler only knows that no route handled the request, so any unmatched method gets 404. Register the path's handlers with router.route('/articles/:id').get(...).put(...), then add .all(...) last on the same route: it runs only for the remaining methods and can set Allow: GET, HEAD, PUT (Express answers HEAD with the GET handler) and answer 405. It also catches OPTIONS, which Express would otherwise answer by itself, so answer OPTIONS there too.",
    },
    {
      question: 'Can a cache keep a 405?',
      answer:
        'Yes, without explicit freshness: RFC 9110 §15.5.6 makes 405 heuristically cacheable, as §15.5.5 does for 404. If you enable the method later, a stored 405 can outlive the change, so give 405s for resources whose methods change a short max-age.',
    },
    {
      question: 'Which status fits a method the server does not know at all, such as BREW?',
      answer:
        '501 Not Implemented: RFC 9110 §15.6.2 makes it the answer when the server does not recognize the method and cannot support it for any resource. 405 is for a method the server knows but this resource does not support, and 404 says nothing about methods at all.',
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
