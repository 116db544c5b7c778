import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 599,
  phrase: 'Network Connect Timeout Error',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Informal proxy convention, undocumented by any proxy vendor',
  otherUses: [
    {
      vendor: 'Tornado (Python)',
      meaning:
        "Tornado's HTTP client documents that error code 599 is used when no HTTP response was received, for example on a timeout. The code is produced inside the client and never travels on the wire.",
      source: 'https://www.tornadoweb.org/en/stable/httpclient.html#tornado.httpclient.HTTPClientError',
    },
    {
      vendor: 'HTTP::Tiny (Perl)',
      meaning:
        'HTTP::Tiny returns a response with status 599 and reason "Internal Exception" when an error occurs inside the client (connection failure, timeout, TLS error); the error text is in the response content.',
      source: 'https://metacpan.org/pod/HTTP::Tiny',
    },
    {
      vendor: 'Alibaba Cloud EdgeRoutine (DCDN edge functions)',
      meaning:
        'EdgeRoutine returns 599 when an uncaught exception, while processing the request context or while initializing it, stops the function from running.',
      source: 'https://help.aliyun.com/en/edge-security-acceleration/dcdn/user-guide/http-status-codes',
    },
    {
      vendor: 'BytePlus CDN Edge Functions',
      meaning:
        'Edge Functions return 599 for a function code error, a rejected promise or an uncaught exception; if it happens while the response is being sent, the runtime truncates the response. BytePlus retries idempotent requests once on the same edge node.',
      source: 'https://docs.byteplus.com/en/docs/byteplus-cdn/docs-Exception-Handling',
    },
  ],
  spec: documentSource(
    'No defining document; the name appears in library constants such as PcapPlusPlus (HttpLayer.h)',
    'https://github.com/seladb/PcapPlusPlus/blob/master/Packet++/header/HttpLayer.h',
  ),
  summary:
    'A name status-code lists and some libraries give 599, for a proxy that could not connect to the upstream server in time; no proxy vendor documents sending it. The documented uses are client libraries that report "no response at all" as 599, and edge-function platforms that use it for an uncaught exception in the function.',
  definition:
    'No RFC defines 599. Status-code lists and library constants (PcapPlusPlus names it Http599NetworkConnectTimeoutError) call it "Network Connect Timeout Error": a proxy never got a connection to the upstream. No proxy vendor documents sending it, and the lists\' attribution to "Microsoft HTTP proxies" has no Microsoft source. The uses that are documented are different: Tornado\'s HTTP client and Perl\'s HTTP::Tiny use 599 when no response was received at all, and Alibaba Cloud EdgeRoutine and BytePlus Edge Functions use it for an exception in the function (see other uses).',
  whenToUse:
    'Do not send it on the wire. A proxy that cannot reach its upstream in time sends 504 (Gateway Timeout, RFC 9110 §15.6.5); one that gets a refused or broken connection sends 502 (Bad Gateway, RFC 9110 §15.6.3). Client libraries that need a value for "no response" are better off raising an exception than inventing a status.',
  clientBehavior:
    "More often the 599 is not from a server at all: Tornado's HTTP client and Perl's HTTP::Tiny create it locally when the request failed before any response arrived, and tools built on them log it as if it were a status code.",
  cachingBehavior: ' Client-generated 599s never reach a cache at all.',
  seoImpact:
    "If a proxy really sends it to a crawler, Google documents that 5xx responses slow Googlebot's crawling and that URLs which keep returning server errors are eventually dropped. A connect timeout usually means the upstream host is down or unreachable, which is the thing to fix.",
  apiImpact:
    "When you see 599 in an API client's logs, first find out who produced it: a Tornado or HTTP::Tiny error means the client got no response (DNS, connect or read failure), not that the server answered 599. Alert on it as a connectivity failure, and read the underlying exception text rather than the number.",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'idempotent-only',
    backoff: true,
    advice:
      'Retry idempotent requests (RFC 9110 §9.2.2) with backoff. A true connect timeout means the request never reached the upstream, but client libraries also use 599 for read timeouts after the request was sent, so do not blindly repeat a POST on 599.',
  },
  scenarios: [
    'A Tornado service calls a backend with AsyncHTTPClient, the backend host is down, and the fetch fails with an HTTPClientError whose code is 599; dashboards count it as a 5xx the backend never sent.',
    'A Perl deployment script using HTTP::Tiny gets status 599 with reason "Internal Exception" because DNS lookup failed; the actual error message is in the response content.',
    'A proxy that follows the informal convention, in front of a service that has lost its network route, answers 599 after its connect timeout, where a standard proxy would send 504.',
  ],
  mistakes: [
    'Reporting a 599 from Tornado or HTTP::Tiny to the server team as a server bug: no response was received, so look at DNS, firewalls and upstream availability.',
    'Emitting 599 from your own proxy instead of 504 or 502: monitoring and clients only understand it as a generic 5xx.',
    'Documenting 599 as an HTTP standard code: it is an unassigned number with several incompatible informal meanings.',
  ],
  related: [504, 598, 502, 522, 503],
  updated: '2026-12-06',
} satisfies StatusCodeInput;
