import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 431,
  phrase: 'Request Header Fields Too Large',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(6585, '5'),
  summary:
    "The request's header section, or one header field in it, is larger than the server accepts; the usual culprit is an overgrown Cookie or Authorization field.",
  definition:
    'The server is unwilling to process the request because its header fields are too large, and the request MAY be resubmitted after reducing their size (RFC 6585 §5). It covers both a header section that is too large in total and a single field that is too large; in the latter case the response SHOULD say which field (RFC 6585 §5). A 431 MUST NOT be stored by a cache (RFC 6585 §5).',
  whenToUse:
    'When the header section exceeds your limit before the request reaches application code. A long request-target is 414 and a large body is 413. RFC 6585 §7.3 notes that servers are not required to use 431 and, under attack, may simply drop the connection.',
  clientBehavior:
    "Browsers show the error and keep sending the same cookies, so reloading fails again until the site's cookies are cleared. Node.js answers 431 and closes the connection when the header section exceeds http.maxHeaderSize, 16 KiB by default and configurable with --max-http-header-size. Go's net/http answers 431 when the header section exceeds Server.MaxHeaderBytes.",
  cachingBehavior:
    "RFC 6585 §5 says a 431 MUST NOT be stored by a cache. That matters because the failure belongs to one client's headers: a cached copy would reject visitors whose requests are fine.",
  seoImpact: 'Crawlers send small header sections without accumulated cookies, so they rarely trigger 431.',
  apiImpact:
    'Bearer tokens that embed many claims, such as long group lists, are a common cause on APIs: the Authorization field alone can pass the 16 KiB default of a Node.js backend. Limits differ at every hop, so a request that passes one proxy can still fail at the next one with 431 or with a generic 400.',
  heuristicallyCacheable: false,
  mustNotBeStored: true,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Not unchanged: the same header fields fail again. Shrink them first, for example by clearing cookies for the site or requesting a token with fewer claims; RFC 6585 §5 allows resubmitting once the header fields are smaller.',
  },
  scenarios: [
    'A site accumulates analytics and experiment cookies on its domain until the Cookie field passes the 16 KiB default of its Node.js backend, and every request from that browser gets 431.',
    'On localhost, several development apps on different ports share one cookie jar, because cookies are not isolated by port; the Cookie field keeps growing until the dev server answers 431.',
    'An identity provider puts hundreds of group memberships into an access token, and the API rejects requests carrying it with 431.',
  ],
  mistakes: [
    'Alerting only on 431: nginx answers oversized headers with 400 ("Request Header Or Cookie Too Large") and an AWS Application Load Balancer with 400, so the same problem appears under other codes.',
    'Using 431 for an oversized body or URL: those are 413 and 414.',
    'Not naming the offending field: RFC 6585 §5 says the response SHOULD identify it when a single field is too large.',
    'Raising the limit on one server instead of stopping cookie growth: every other proxy on the path keeps its own, smaller limit.',
  ],
  related: [413, 414, 400, 494, 463],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
