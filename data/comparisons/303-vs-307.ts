import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [303, 307],
  theme: 'redirects',
  intro:
    'HTTP/1.1 split the ambiguous 302 into these two explicit halves: 303 for "now fetch this with GET", 307 for "send the same request over there". Most frameworks default to 302, so developers who opt out pick one of these by name, and "Temporary Redirect" sounds like the generic choice for a redirect after a form POST. That guess sends the form body a second time.',
  pairAspects: [
    {
      aspect: 'Method of the follow-up request',
      cells: [
        'GET, or HEAD if the original was HEAD, whatever was sent first (RFC 9110 §15.4.4).',
        'The original method, unchanged: the user agent MUST NOT change it on automatic redirection (RFC 9110 §15.4.8).',
      ],
    },
    {
      aspect: 'Request body',
      cells: [
        'Discarded, together with Content-Type, Content-Length and the other content fields, once the method became GET (RFC 9110 §15.4).',
        'Transmitted again in full, so a large upload crosses the network twice unless the client sent Expect: 100-continue and the server answered 307 from the header section alone (RFC 9110 §10.1.1).',
      ],
    },
    {
      aspect: 'Whether the action has happened',
      cells: [
        'Usually yes: the server has processed the request and points to a separate resource holding the result, which can be "separately identified, bookmarked, and cached" (RFC 9110 §15.4.4).',
        'No: the resource "resides temporarily under a different URI" (RFC 9110 §15.4.8) and the request still has to be carried out there.',
      ],
    },
  ],
  keyDifference:
    'A 303 turns whatever was sent into a GET for a different resource; a 307 sends the identical request, body included, to the same resource at its temporary address.',
  decisionRule:
    'If this server has already carried out the write and the client should now look at an outcome, send 303. If this server has not carried it out and the request must be performed at the Location instead, send 307.',
  commonMistake:
    'Redirecting a processed form POST to its confirmation page with 307: the browser re-sends the POST and its fields to /confirmation, whose handler expects a GET and answers 405 or repeats the action, and because the final page came from a POST, pressing reload asks the user to resubmit the form.',
  faq: [
    {
      question: 'Why not just use 302 for both cases?',
      answer:
        "Because clients disagree about what 302 means for anything but POST. Browsers keep PUT and DELETE on a 302, while Python requests and Go's http.Client send them as GET, so the same 302 produces different requests depending on who follows it. A 303 or 307 gives every conforming client the same instruction.",
    },
    {
      question: 'For a plain GET, is there any difference?',
      answer:
        'Clients issue a GET to the Location either way. The difference is the claim being made: 307 says the same resource is temporarily served from the other URL (a mirror, a maintenance host), while 303 says the other URL is a different resource that answers the request (a finished report, a search result page).',
    },
    {
      question: 'Which code fits an upload endpoint that hands clients over to a storage host?',
      answer:
        "307, since the storage host must receive the bytes; a 303 would arrive there as a GET without the file. Ask clients to send Expect: 100-continue so the redirect arrives before the upload starts, and remember that Go's http.Client only follows a 307 with a body when the request has GetBody set.",
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
