import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [401, 407],
  theme: 'authentication and access',
  intro:
    'The two codes share one challenge-response framework, the same schemes (Basic, Digest, NTLM, Negotiate) and the same syntax, and RFC 9110 §15.5.8 describes 407 as "similar to 401". Developers behind a corporate proxy meet 407 when npm, pip, git or Docker fail and assume the registry rejected their token. Only the asker differs: the server holding the resource, or a proxy on the way to it.',
  pairAspects: [
    {
      aspect: 'Challenge and credential fields',
      cells: [
        'WWW-Authenticate in the response, Authorization in the retry (RFC 9110 §11.6.1, §11.6.2).',
        'Proxy-Authenticate in the response, Proxy-Authorization in the retry (RFC 9110 §11.7.1, §11.7.2).',
      ],
    },
    {
      aspect: 'How far the fields travel',
      cells: [
        'End to end: a proxy MUST NOT modify WWW-Authenticate in a response or Authorization in a request (RFC 9110 §11.6.1, §11.6.2).',
        'One hop: Proxy-Authenticate applies only to the next outbound client, and Proxy-Authorization is consumed by the first inbound proxy expecting credentials (RFC 9110 §11.7.1, §11.7.2).',
      ],
    },
    {
      aspect: 'Storage by caches',
      cells: [
        'WWW-Authenticate is stored with the response like any other field (RFC 9111 §3.1).',
        "Caches MUST NOT store Proxy-Authenticate, Proxy-Authorization or Proxy-Authentication-Info unless the proxy's identity is part of the cache key (RFC 9111 §3.1).",
      ],
    },
    {
      aspect: 'For an https:// URL',
      cells: [
        'Arrives inside the TLS connection to the origin, so the challenge and the credentials are encrypted.',
        'Answers the CONNECT request before the tunnel exists, so with an http:// proxy address the challenge and a Basic Proxy-Authorization cross the local network unencrypted.',
      ],
    },
  ],
  keyDifference:
    'A 401 comes from the server that holds the resource and wants Authorization; a 407 comes from a proxy between client and server and wants Proxy-Authorization before it forwards anything.',
  decisionRule:
    "Only software acting as the client's forward proxy (Squid, a corporate web gateway, a CI sandbox's egress proxy) sends 407. An origin server, API gateway or reverse proxy in front of your own application that needs credentials sends 401, even when the check runs in the gateway and not in the app.",
  commonMistake:
    'Answering 407 from an API gateway or reverse proxy "because a proxy does the check": browsers accept a 407 only from a proxy they were configured to use, so Chromium fails the request with net::ERR_UNEXPECTED_PROXY_AUTH, and no client sends Proxy-Authorization to what it considers the origin server.',
  faq: [
    {
      question: 'Why do npm, pip or git fail with 407 on a company network?',
      answer:
        'The corporate proxy wants credentials the tool is not sending. Put them in the proxy URL the tool reads, e.g. HTTPS_PROXY=http://user:pass@proxy.example:8080 or npm config set https-proxy with the same form, and percent-encode special characters in the password. Proxies that accept only NTLM or Negotiate need a local helper such as Cntlm or px, since many CLI tools cannot speak those schemes to a proxy.',
    },
    {
      question: 'Can one request need both?',
      answer:
        'Yes: the proxy answers 407 first, and once the client adds Proxy-Authorization the origin can still answer 401, after which the request carries both fields. curl keeps them apart with -U/--proxy-user and --proxy-anyauth for the proxy, -u/--user and --anyauth for the server.',
    },
    {
      question: 'Can JavaScript in a page read a 407?',
      answer:
        'No. The Fetch standard has the browser handle a 407 itself by prompting the user and retrying with the stored proxy credentials; a request from a context without a window, such as a service worker, gets a network error instead. A 401 does reach the script, although for a request that includes credentials and is not a CORS request the browser may first show its own login prompt.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
