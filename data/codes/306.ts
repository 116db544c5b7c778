import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 306,
  phrase: '(Unused)',
  formerPhrases: [],
  alsoKnownAs: [
    {
      phrase: 'Switch Proxy',
      note: 'Proposed in an Internet-Draft of June 1997 (draft-cohen-http-305-306-responses-00) as a companion to 305; the draft expired and no RFC or registry entry ever gave 306 this name.',
      source: 'https://datatracker.ietf.org/doc/html/draft-cohen-http-305-306-responses-00',
    },
  ],
  status: 'unused',
  spec: rfc(9110, '15.4.7'),
  summary:
    'A reserved number with no meaning: it was proposed in the 1990s for telling clients to switch proxies, dropped, and kept out of use so that nobody assigns it again.',
  definition:
    'RFC 9110 §15.4.7 says the 306 status code was defined in a previous version of the specification, is no longer used, and is reserved; the IANA registry lists it as "(Unused)". The name "Switch Proxy" that some libraries still print comes from an expired Internet-Draft of June 1997 (draft-cohen-http-305-306-responses-00), which proposed it as a companion to 305 telling clients to use a different proxy for subsequent requests; no RFC ever defined that meaning.',
  whenToUse:
    'Never. There is no meaning to send: for a redirect use 301, 302, 303, 307 or 308, and for proxy configuration use out-of-band settings (system proxy, PAC file).',
  clientBehavior:
    'A client that receives 306 has no definition for it and, following RFC 9110 §15, treats it as 300 (Multiple Choices). Chromium and fetch() do not count it as a redirect, so the body is shown or handed to the script; a client that follows the Location of any 3xx, as RFC 9110 §15.4 allows and curl -L does, could still follow one if the server sent it.',
  cachingBehavior: 'A cache could keep a 306 only if the server gave it explicit freshness, which a reserved code has no reason to carry.',
  seoImpact: "None: no server should send it, and Google's documentation on how status codes affect Search does not list it.",
  apiImpact:
    'Library constants for 306 only name the reserved number; .NET, for example, calls it HttpStatusCode.Unused. If an API returns it, the server is misusing a reserved code, so log it as an error rather than guessing at a redirect.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'There is nothing defined to act on, so repeating the request returns the same meaningless 306. Report it to the server operator.',
  },
  scenarios: [
    'A developer browsing a status-code list sees "306 Switch Proxy" and wonders whether to handle it; no specification gives it a meaning, so clients need no special case.',
    'A custom server picks 306 as an unused-looking number for an application-specific redirect, and Chrome displays its body instead of redirecting.',
  ],
  mistakes: [
    'Assigning 306 an application meaning because it looks free: it is reserved in the IANA registry, and clients treat it like 300 rather than as your redirect.',
    'Printing "Switch Proxy" as if it were an official reason phrase: no RFC defined it, and the IANA registry says "(Unused)".',
  ],
  related: [305, 307, 308, 300],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
