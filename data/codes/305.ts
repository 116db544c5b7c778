import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 305,
  phrase: 'Use Proxy',
  formerPhrases: [],
  status: 'deprecated',
  spec: rfc(9110, '15.4.6'),
  summary:
    'A deprecated code that once told the client to repeat its request through a proxy named by the server. Clients ignore it because it would let any server reroute traffic through a proxy of its choosing.',
  definition:
    'RFC 9110 §15.4.6 says only that 305 was defined in a previous version of HTTP and is now deprecated. RFC 2616 §10.3.6 had defined it: the resource MUST be accessed through the proxy given in Location, the client was to repeat that single request via the proxy, and only origin servers were to generate it. RFC 7231 deprecated it "due to security concerns regarding in-band configuration of a proxy" (RFC 7231 Appendix B).',
  whenToUse:
    'Never in new software. To require a proxy, configure clients out of band (system proxy settings, a PAC file, an explicit proxy in the HTTP client); a proxy that needs credentials answers 407. To send a client to another URL, use 307 or 308.',
  clientBehavior:
    "Chromium follows only 301, 302, 303, 307 and 308, so it shows the body of a 305 instead of using the proxy, and under the Fetch standard 305 is not a redirect status, so fetch() hands it to the script. Python requests and Go's http.Client also return it to the caller unfollowed.",
  cachingBehavior: 'No one has a reason to give a 305 explicit freshness, since clients ignore it.',
  seoImpact:
    "None in practice: Google's documentation on how status codes affect Search does not list 305, and a crawler has no reason to route its requests through a proxy that a server names.",
  apiImpact:
    'If an API or gateway returns 305, clients receive an unfollowed 3xx and usually surface it as an error. Treat a 305 you receive as a misconfiguration, not as an instruction, and never make a client honour the Location of a 305: that is exactly the traffic-hijacking risk that got it deprecated.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      "Do not retry through the proxy named in the response. Report it to whoever runs the server; if a proxy is really required, the client's own configuration must set it.",
  },
  scenarios: [
    'An old intranet application still answers 305 with Location: http://proxy.corp.example:8080/ to clients that bypass the proxy; Chrome just displays the body of the 305.',
    "A test suite checks that an HTTP client does not follow a 305, guarding against a server redirecting requests through an attacker's proxy.",
  ],
  mistakes: [
    "Implementing 305 handling in a client by honouring its Location: a malicious or compromised server could then send the client's request, with its cookies and credentials, through any proxy it names.",
    'Sending 305 to make clients use a corporate proxy: Chrome, fetch(), Python requests and Go do not act on it, so the request simply fails.',
  ],
  related: [306, 407, 307, 302],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
