import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 407,
  phrase: 'Proxy Authentication Required',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.8'),
  summary:
    'A forward proxy between the client and the server wants credentials before it will pass the request on; its Proxy-Authenticate header names the scheme. The target server never saw the request.',
  definition:
    'Similar to 401, but the client must authenticate itself to use a proxy for this request: the proxy MUST send a Proxy-Authenticate header with a challenge applicable to that proxy, and the client MAY repeat the request with a new or replaced Proxy-Authorization header (RFC 9110 §15.5.8).',
  whenToUse:
    'Only from a forward proxy the client has chosen, such as a corporate or explicitly configured proxy, when proxy credentials are missing, invalid or partial (RFC 9110 §11.4 says such a proxy SHOULD send 407). Origin servers, reverse proxies, CDNs and API gateways speak for the origin and send 401; Chromium rejects a 407 that did not come from a configured proxy with ERR_UNEXPECTED_PROXY_AUTH.',
  clientBehavior:
    "Browsers prompt for proxy credentials or use the operating system's integrated authentication (NTLM or Negotiate) and resend the request. For HTTPS the challenge answers the CONNECT that opens the tunnel, so curl, git, npm and pip fail before TLS even starts until proxy credentials are configured, commonly in a proxy URL such as http://user:pass@proxy.example:3128. Proxy-Authenticate applies only to the next outbound client, not to every hop (RFC 9110 §11.7.1).",
  cachingBehavior:
    "The challenge belongs to one proxy: caches MUST NOT store Proxy-Authenticate, Proxy-Authentication-Info or Proxy-Authorization unless the proxy's identity is part of the cache key (RFC 9111 §3.1). The proxy generates the 407 itself, so the origin's cache headers play no part.",
  seoImpact:
    "Search engine crawlers almost never meet 407: it is produced by a proxy on the client's side of the network, not by your site. A site that answers the public with 407 is misconfigured, and crawlers treat it as a 4xx that keeps the URL out of the index.",
  apiImpact:
    "Server-to-server code in corporate networks, CI runners and containers meets 407 when the outbound proxy requires authentication; the fix is the HTTP client's proxy settings, not the API call. An API must never use 407 for its own authentication: clients then look for a proxy that does not exist.",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [
    header(
      'Proxy-Authenticate',
      'MUST',
      rfc(9110, '15.5.8'),
      'At least one challenge for this proxy, e.g. Proxy-Authenticate: Basic realm="corp-proxy"; it applies only to the next outbound client on the response chain (RFC 9110 §11.7.1).',
    ),
  ],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Resending without credentials gets the same 407. Repeat the request with Proxy-Authorization (RFC 9110 §15.5.8); connection-based schemes such as NTLM need several round trips on one connection, which HTTP libraries handle once configured for that scheme.',
  },
  scenarios: [
    "A developer behind a corporate Squid proxy runs npm install and every registry request fails with 407 until npm's https-proxy setting includes the proxy credentials.",
    'curl -x http://proxy.corp:3128 https://example.com fails at the CONNECT step with 407; adding --proxy-user user:pass, or --proxy-ntlm for an NTLM proxy, fixes it.',
    'A browser on a domain-joined Windows machine authenticates to the company proxy with Negotiate and never shows a prompt.',
  ],
  mistakes: [
    'Sending 407 from a reverse proxy or API gateway to demand API credentials: clients go looking for proxy settings and Chromium reports ERR_UNEXPECTED_PROXY_AUTH; send 401 with WWW-Authenticate.',
    'Putting proxy credentials in Authorization instead of Proxy-Authorization: the proxy does not use them to authenticate the client, and they are passed on to the origin server.',
    'Omitting Proxy-Authenticate: it is a MUST (RFC 9110 §15.5.8), and without it the client cannot tell which scheme the proxy wants.',
  ],
  related: [401, 403, 511],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
