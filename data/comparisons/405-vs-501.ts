import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [405, 501],
  theme: 'client errors',
  intro:
    'Each of these answers "this method is not supported here", and RFC 9110 §9.1 splits that single idea in two: a method the server knows but this resource refuses, and a method the server does not implement for any resource. People meet the pair when the same mistaken request, say a POST to a static file, gets 405 from one server and 501 from another. The class difference matters more than the wording suggests, since monitoring counts a 405 as the caller\'s fault and a 501 as a server failure.',
  pairAspects: [
    {
      aspect: 'Scope of the refusal',
      cells: [
        'One resource: the same method may work on another URL of the same server (RFC 9110 §15.5.6).',
        'The whole server: the method is unrecognized or implemented for no resource at all (RFC 9110 §15.6.2, §9.1).',
      ],
    },
    {
      aspect: 'Header fields',
      cells: [
        'Allow is mandatory, and a proxy MUST NOT modify it on the way, even if it does not understand the methods it lists (RFC 9110 §10.2.1).',
        'None required; Allow MAY still be sent on any response (RFC 9110 §10.2.1), which lets a 501 point at methods that do work.',
      ],
    },
    {
      aspect: 'Other triggers',
      cells: [
        'Only the method, checked against what this resource supports.',
        'Not only methods: RFC 9112 §3 says a server SHOULD answer a method token longer than any it implements with 501, and SHOULD do the same for a transfer coding it does not understand (RFC 9112 §6.1).',
      ],
    },
    {
      aspect: 'How monitoring counts it',
      cells: [
        'As a client error: availability alerts and error budgets built on 5xx rates ignore it, which fits a caller using the wrong method.',
        'As a server error (the 5xx class means the server "is incapable of performing the requested method", RFC 9110 §15.6), so it trips server-error alerts and counts against availability.',
      ],
    },
  ],
  keyDifference:
    'A 405 says this resource does not allow a method the server otherwise supports; a 501 says the server does not support the method, or the feature the request needs, anywhere.',
  decisionRule:
    'Check whether any route or handler on the server implements the method: if one does but not for this URL, send 405 with an Allow field listing what this URL accepts; if none does, or the method token is unknown, send 501.',
  commonMistake:
    'Returning 501 for a method that is merely not routed on one path, typically DELETE or PUT on a read-only resource, or for an endpoint that is "not built yet". Server-error alerts then fire for callers using the wrong method, and clients that read 501 as "this server cannot do that at all" stop trying the method on resources where it works.',
  faq: [
    {
      question: 'What does a server send for an invented method such as FOO?',
      answer:
        "RFC 9110 §9.1 says 501, since FOO is implemented for no resource, but web servers differ in practice. Apache httpd's default handler answers an unknown method with 501, while nginx's static file module answers any method other than GET, HEAD and POST, FOO included, with 405.",
    },
    {
      question: 'Should a GET ever get a 501?',
      answer:
        'Not from a general-purpose server: RFC 9110 §9.1 says all of them MUST support GET and HEAD. A resource that refuses GET, such as a POST-only webhook endpoint, is a case for 405 with Allow: POST.',
    },
    {
      question: 'Can a client find out in advance which methods will work?',
      answer:
        'For a single resource, yes: a successful OPTIONS response SHOULD carry header fields such as Allow that describe its options (RFC 9110 §9.3.7), the same list a 405 would carry. For the server as a whole there is OPTIONS *, but §9.3.7 itself calls it useful only as a ping, so it reveals little about which methods are implemented.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
