import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 300,
  phrase: 'Multiple Choices',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.4.1'),
  summary:
    'The resource exists in several variants, each at its own URL, and the server lists them instead of picking one: the user or user agent chooses and requests the chosen URL.',
  definition:
    'The target resource has more than one representation, each with its own more specific identifier, and the server provides information about them so that the user or user agent can select one by redirecting its request to it: reactive negotiation (RFC 9110 §15.4.1, §12.2). If the server has a preferred choice, it SHOULD send its URI in Location; for methods other than HEAD it SHOULD send content listing the alternatives and their metadata (RFC 9110 §15.4.1). HTTP defines no format for that list, so automatic selection depends on a format the client happens to understand (RFC 9110 §15.4.1).',
  whenToUse:
    'When a URL genuinely stands for several variants (languages, formats, similar documents) and the server cannot or should not choose for the client, for example because proactive negotiation with Accept-Language would be a guess. If the server can choose, serve the variant with 200 and Vary, or redirect with 302 or 307 to it; if none of the variants is acceptable under the request\'s Accept fields, 406 is the status. For "did you mean" pages on a website, a 200 page with links behaves the same in every browser, whereas clients handle a 300 differently.',
  clientBehavior:
    'Clients differ, because RFC 9110 §15.4.1 only says a user agent MAY use the Location for automatic redirection. Chromium does not treat 300 as a redirect and renders the body, even when Location is present (its source notes that "users probably want to see 300 (multiple choice) pages"). Python requests and Go net/http do not follow 300, while curl -L follows any 3xx that has a Location header. Under the Fetch standard a 300 is not a redirect status, so fetch() returns it to the script.',
  cachingBehavior:
    'Chromium goes beyond the heuristic lifetime of RFC 9111 §4.2.2 and treats a 300, like a 301, 308 or 410, without explicit freshness as fresh indefinitely. Send explicit Cache-Control if the list of variants can change.',
  seoImpact:
    "Google's documentation of how status codes affect Search describes 301, 302, 303, 307 and 308 but not 300, so there is no documented promise that Googlebot follows its Location or indexes its list. For language or regional variants, serve each at its own URL with 200 and link them with hreflang annotations instead.",
  apiImpact:
    'Rare in APIs, and most HTTP client libraries hand it to application code unfollowed. If an API must offer alternatives (several matching records for an ambiguous identifier), put a machine-readable list in the body and document it, since RFC 9110 leaves the format open; a Link header with rel="alternate" members is one option RFC 9110 §15.4.1 mentions, though it calls its deployment a chicken-and-egg problem.',
  heuristicallyCacheable: true,
  contentAllowed: true,
  headers: [
    header(
      'Location',
      'SHOULD',
      rfc(9110, '15.4.1'),
      'Only if the server has a preferred choice: the URI of that variant. The user agent MAY redirect to it automatically (RFC 9110 §15.4.1).',
    ),
  ],
  retry: {
    rule: 'follow-location',
    advice:
      'Repeating the same request returns the same list. Pick one of the listed URIs (or the Location, if present) and request that instead; only do so automatically if the client understands the list format.',
  },
  scenarios: [
    'Apache httpd with mod_speling enabled gets a mistyped URL that matches several files (say /docs/Intro matching intro.html and intro.pdf) and answers 300 with an HTML list of the candidates.',
    'Apache mod_negotiation answers a client that supports transparent content negotiation (RFC 2295) with a 300 list response and an Alternates header describing the variants.',
    'A document archive serves /report-2024 with a 300 listing the PDF, EPUB and HTML editions, and a Location pointing to the HTML one as the preferred choice.',
  ],
  mistakes: [
    'Relying on clients to follow the Location of a 300: Chromium renders the body instead, and Python requests and Go hand the 300 to the caller, so only some clients reach the preferred variant.',
    'Sending a 300 with an empty body: without the list (SHOULD, RFC 9110 §15.4.1) a client that does not follow Location is left with nothing to choose from.',
    'Using 300 for an ordinary redirect to one new URL: that is a 301, 302, 307 or 308, which browsers follow automatically.',
    'Forgetting that a 300 without Cache-Control is heuristically cacheable: Chromium keeps it fresh indefinitely, so a later change to the variants is not seen.',
  ],
  related: [406, 301, 302, 200, 303],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
