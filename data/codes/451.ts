import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 451,
  phrase: 'Unavailable For Legal Reasons',
  formerPhrases: [],
  status: 'standard',
  otherUses: [
    {
      vendor: 'Microsoft Exchange ActiveSync',
      meaning:
        'Exchange ActiveSync ([MS-ASHTTP]) uses 451 "Redirect": the device connected to a server that cannot reach the user\'s mailbox, or a more efficient server exists; the server SHOULD name it in an X-MS-Location header, which the client then uses for all later requests, and without one the client repeats Autodiscover.',
      source: 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-ashttp/a907164a-907c-48b4-b2ef-44a06867f03f',
    },
  ],
  spec: rfc(7725, '3'),
  summary:
    'Access is denied because of a legal demand, such as a court order or a takedown notice, and the response should say who demanded it and under which law.',
  definition:
    'The server is denying access to the resource as a consequence of a legal demand (RFC 7725 §3). The server might not be the origin: ISPs and search engines are the most directly affected by such demands. The response SHOULD explain in its body who made the demand, under which law or regulation, and to which classes of person and resource it applies; the code implies neither that the resource exists nor that it does not (RFC 7725 §3). The number alludes to Ray Bradbury\'s novel "Fahrenheit 451"; the RFC\'s acknowledgements thank Bradbury.',
  whenToUse:
    'When a specific legal demand forces you, or an intermediary such as an ISP, to withhold the resource: a court order, a government takedown, a copyright notice, or a law that bars serving certain visitors. Refusals based on your own rules or permissions are 403, and content you removed for your own reasons is 404 or 410. Identify the blocking entity with Link: <...>; rel="blocked-by" (RFC 7725 §4).',
  clientBehavior:
    'Browsers render the explanation in the body; none acts on the blocked-by link. API clients should show the explanation rather than prompt for credentials, since logging in changes nothing. RFC 7725 §5 warns that clients cannot rely on 451: an authority that wants no transparency can demand a block without it.',
  cachingBehavior:
    "A 451 is cacheable by default, that is, heuristically cacheable unless the method or explicit cache controls say otherwise (RFC 7725 §3). When the block depends on who is asking, for example the visitor's country, a shared cache can hand the 451 to visitors it does not apply to; send Cache-Control: private or no-store in that case.",
  seoImpact:
    "Googlebot's default crawler addresses appear to be in the USA, and Google asks sites to treat it like any visitor from the country it appears to come from, so answering US visitors with 451 also shuts out Googlebot's US-based crawling.",
  apiImpact:
    'A distinct status lets clients tell a legal block apart from a missing permission or a deleted resource and explain it to users. GitHub\'s REST API, for example, answers requests for a repository disabled after a DMCA takedown with 451 and a JSON body whose block.reason is "dmca" and block.html_url links the notice; backup tools that treat every non-200 as fatal stop at such repositories.',
  heuristicallyCacheable: true,
  contentAllowed: true,
  headers: [
    header(
      'Link',
      'SHOULD',
      rfc(7725, '4'),
      'Identifies the entity that implements the block (the origin, an ISP, a cache), not the authority that demanded it; used for this purpose the link MUST carry rel="blocked-by" (RFC 7725 §4).',
    ),
  ],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Resending changes nothing while the legal demand stands. Show the explanation and the blocked-by link instead; the status does not even say whether the resource exists (RFC 7725 §3).',
  },
  scenarios: [
    "A backup script walks a user's starred repositories through the GitHub API and receives 451 for one that was disabled after a DMCA notice.",
    'After the GDPR took effect in May 2018, some US news sites that chose not to serve visitors from the EU answered them with 451.',
    'An ISP ordered by a court to block a site serves its own 451 page with Link: <https://isp.example/legal>; rel="blocked-by" in place of the site.',
  ],
  mistakes: [
    'Serving a country-dependent 451 without Cache-Control: private or no-store: it is heuristically cacheable (RFC 7725 §3), so a shared cache can block visitors from unaffected countries.',
    'Using 451 for bans under your own terms of service: that is 403; 451 asserts that a legal demand exists.',
    'Pointing blocked-by at the court or authority that issued the demand: the link identifies who implements the block, and the demand belongs in the body (RFC 7725 §4).',
    'Sending a 451 with an empty body: RFC 7725 §3 says the response SHOULD name the party, the law and the scope of the demand.',
  ],
  related: [403, 404, 410],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
