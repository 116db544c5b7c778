import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [511, 407],
  theme: 'authentication and access',
  intro:
    'Neither code comes from the website in the address bar: both are produced by network equipment in front of it, and both mean "sign in before you go any further". People building hotel Wi-Fi, guest networks or corporate gateways have to pick one, and app developers see both in crash reports from users on such networks. The deciding question is whether the client knowingly sends its traffic through that equipment.',
  pairAspects: [
    {
      aspect: 'Relationship to the client',
      cells: [
        'An intercepting proxy or login server the client never configured, placed there to control access to the network (RFC 6585 §6).',
        'A proxy the client chose, through its proxy settings, a PAC file or variables such as HTTPS_PROXY; only the client that chose a proxy is likely to hold credentials for it (RFC 9110 §11.7.1).',
      ],
    },
    {
      aspect: 'How the user authenticates',
      cells: [
        'On a web page: the response SHOULD link to a login resource and SHOULD NOT contain a challenge (RFC 6585 §6). The network then admits the device, typically by MAC address (RFC 6585 §6.1), so later requests carry nothing extra.',
        'In HTTP itself: the proxy MUST send a Proxy-Authenticate challenge, and the client repeats the request with Proxy-Authorization (RFC 9110 §15.5.8), on every request or connection the scheme requires.',
      ],
    },
    {
      aspect: 'For https:// URLs',
      cells: [
        'Cannot be delivered cleanly: an intercepting portal on port 443 produces a certificate error on the client (RFC 6585 §7.4), so portals can only answer plain-HTTP requests.',
        "Works, because the proxy answers the client's CONNECT request before any TLS tunnel to the site is set up.",
      ],
    },
  ],
  keyDifference:
    'A 407 comes from a proxy the client chose and is satisfied by sending Proxy-Authorization; a 511 comes from network equipment the client never configured and is satisfied by signing in on a web page, after which the network lets the device through.',
  decisionRule:
    'If clients are configured to route their traffic through you and you can check credentials on each request, send 407 with Proxy-Authenticate. If you sit transparently in the path and grant access per device after a login or terms page, send 511 with a link to that page and no challenge.',
  commonMistake:
    "Making a corporate forward proxy answer unauthenticated users with a 511 or a redirect to an intranet login page instead of a 407 challenge: CLI tools that could send Proxy-Authorization from their proxy URL receive HTML instead, and for HTTPS sites browsers refuse to display a proxy's non-2xx answer to CONNECT (a protection against proxies impersonating sites), so users get only a connection error.",
  faq: [
    {
      question: 'How do phones and laptops detect a captive portal if few portals send 511?',
      answer:
        'Operating systems probe a known plain-HTTP URL right after joining a network, e.g. Android expects 204 from connectivitycheck.gstatic.com/generate_204 and Apple expects a fixed "Success" page from captive.apple.com. Any other answer, a 511, a redirect or a login page, opens the sign-in window. Newer networks can also announce the portal directly through DHCP or Router Advertisements (RFC 8910) and the Captive Portal API (RFC 8908).',
    },
    {
      question: 'Can a proxy that requires login send 511 instead of 407?',
      answer:
        "RFC 6585 §6 intends 511 for intercepting proxies that control network access, and says origin servers SHOULD NOT send it. A configured proxy gains a lot from 407: Windows and browser clients can answer a Negotiate or NTLM challenge with the user's domain login without prompting, and command-line tools can send stored credentials, none of which is possible with a link to a login page.",
    },
    {
      question: "My app's users report 407 or 511 errors. Can my server fix that?",
      answer:
        'No, because neither response came from your server: the request never reached it. Detect both codes in the client and show a network-specific message, such as "sign in to this Wi-Fi network" for 511 or "check your proxy credentials" for 407, instead of a generic server error, and do not count them in your API\'s error rate.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
