import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [451, 403],
  theme: 'authentication and access',
  intro:
    "Each refuses a resource the server could otherwise deliver, and before RFC 7725 registered 451 in February 2016 there was no specific code for a legal block, so operators fell back on 403 or 404. The choice now says something: a 451 asserts that a court order, takedown notice or law is behind the refusal, while a 403 points at the operator's own rules. Geoblocking is where they collide most, since a block by country may come from a statute or from a business decision.",
  pairAspects: [
    {
      aspect: 'Who is identified as blocking',
      cells: [
        'The entity that implements the block, via Link: <uri>; rel="blocked-by", which may be an ISP, a cache or a DNS provider rather than the origin (RFC 7725 §4).',
        "No standard field: the refusal is presumed to come from the server that answered, even when a WAF or CDN sends it in the origin's name.",
      ],
    },
    {
      aspect: 'Whether other credentials could help',
      cells: [
        'No: logging in or switching accounts leaves a legal demand in force; only its withdrawal, or a request from outside its territorial scope, changes the answer.',
        'Possibly: if credentials were sent, the server judged them insufficient, and the client MAY try new or different ones (RFC 9110 §15.5.4).',
      ],
    },
    {
      aspect: 'What it reveals about existence',
      cells: [
        'Nothing either way: the code implies neither existence nor absence, and lifting the demand might still not make the request succeed (RFC 7725 §3).',
        'Often read as "it exists, but not for you", which is why an origin MAY send 404 instead to hide a forbidden resource (RFC 9110 §15.5.4).',
      ],
    },
  ],
  keyDifference:
    "A 403 is the server's own refusal and may depend on who is asking; a 451 reports that an outside legal demand, not the operator's policy, forces the refusal.",
  decisionRule:
    'Ask whether the refusal would end if a legal demand were withdrawn. If a court order, takedown notice or statute is the reason, send 451 with a body naming the demand and a blocked-by link. If the reason is your terms of service, a licence you chose not to buy, permissions or security rules, send 403, or 401 when credentials are missing.',
  commonMistake:
    'Serving every geoblock as 451, including those caused by licensing deals or market decisions: the status then claims a legal demand that does not exist, and the body cannot name the party and law RFC 7725 §3 asks for. Users are told the content is censored when it is merely not offered, and researchers who count 451 responses to measure legal blocking get inflated numbers.',
  faq: [
    {
      question: 'A video is blocked outside the countries where we hold streaming rights. Is that a 451?',
      answer:
        'Usually not. RFC 7725 §3 ties 451 to a legal demand, and a licence that covers only some countries is a commercial limit the operator accepted, so 403 with an explanation fits better. It becomes a 451 when an authority or a law requires the block, for instance a court order to withhold the video in one country.',
    },
    {
      question: 'How does GitHub use these codes for repositories a client cannot see?',
      answer:
        "GitHub's REST API documents that requests needing authentication return 404 rather than 403 in some places, so that the existence of private repositories does not leak. A repository disabled after a DMCA notice is different: it answers 451, because the block rests on a legal demand rather than on the caller's permissions.",
    },
    {
      question: 'Can users get around either refusal?',
      answer:
        'Neither status should trigger an automatic retry, but the remedies differ. A 403 can clear with other credentials, a granted permission or a fresh CSRF token (RFC 9110 §15.5.4). RFC 7725 §3 notes that a 451 can often be bypassed with technical countermeasures such as a VPN or Tor, because many legal blocks apply only to requests from one jurisdiction or one network.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
