import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 497,
  phrase: 'HTTP Request Sent to HTTPS Port',
  formerPhrases: [],
  alsoKnownAs: [
    {
      phrase: 'HTTP to HTTPS',
      note: "From the name of the constant in nginx's source, NGX_HTTP_TO_HTTPS.",
      source: 'https://github.com/nginx/nginx/blob/master/src/http/ngx_http_request.h',
    },
  ],
  status: 'unofficial',
  vendor: 'nginx',
  spec: documentSource(
    'nginx documentation: Module ngx_http_ssl_module, Error Processing',
    'https://nginx.org/en/docs/http/ngx_http_ssl_module.html#errors',
  ),
  summary:
    'nginx\'s internal code for a plain-text HTTP request that arrived on a port configured for TLS. The client gets 400 Bad Request with "The plain HTTP request was sent to HTTPS port" unless error_page turns it into a redirect.',
  definition:
    'The ngx_http_ssl_module documentation lists 497: "a regular request has been sent to the HTTPS port"; the error_page redirection happens after the request is fully parsed, so variables such as $request_uri, $uri and $args are available (Error Processing). The nginx source explains that the special code exists to distinguish this case from other 4xx codes in error page redirection (src/http/ngx_http_request.h). Without error_page, the response and the access log entry are 400. The source calls it NGX_HTTP_TO_HTTPS; the phrase here is a description.',
  whenToUse:
    'In nginx configuration, to send people who reached http://example.com:443/ to the right URL: error_page 497 =301 https://$host$request_uri; (or =308 to keep the method). Better still, stop plain requests reaching the TLS port: redirect from a separate listen 80 server, and give load balancers, health checks and upstream definitions the right scheme.',
  clientBehavior:
    'Browsers show nginx\'s page "400 Bad Request / The plain HTTP request was sent to HTTPS port". With error_page 497 =301 https://... they follow the redirect instead; without the =301, nginx\'s error_page documentation says a URL target is answered with 302 by default. The error log records "client sent plain HTTP request to HTTPS port" at info level.',
  cachingBehavior:
    'The default 400 is not heuristically cacheable and is not stored (RFC 9110 §15.1). A 301 produced through error_page 497 is heuristically cacheable (RFC 9110 §15.1), so browsers may keep it without any Cache-Control: right for a permanent scheme fix, hard to undo if the target is wrong.',
  seoImpact:
    'Crawlers only meet it when a page or sitemap links to http://host:443/; they receive a 400, a 4xx that Google does not index. Turning it into a 301 to the https URL with error_page 497 makes those links a strong canonical signal instead, since Google treats 301 as a strong signal.',
  apiImpact:
    "A client configured with http:// for a TLS port gets an HTML 400 on every call; the body text names the cause. Redirecting API traffic with error_page 497 does not make it safe: the request, including any Authorization header and body, has already crossed the network unencrypted, and clients MAY change POST to GET when following a 301 (RFC 9110 §15.4.2). Fix the client's base URL.",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Repeating the request over plain HTTP fails the same way; change the URL to https://. Treat any credential sent in the failed request as exposed, because it travelled unencrypted.',
  },
  scenarios: [
    "A user types http://example.com:443/ or follows a link containing it and lands on nginx's 400 page.",
    "A cloud load balancer terminates TLS and forwards plain HTTP to the backend's port 443, where nginx still listens with listen 443 ssl; every request returns 400 until the backend listener drops ssl or the balancer re-encrypts.",
    'Another nginx uses proxy_pass http://backend:443; the TLS upstream answers its plain request with 400 and the front proxy relays it.',
  ],
  mistakes: [
    'Writing error_page 497 https://$host$request_uri; and expecting a permanent redirect: without =301 or =308, nginx sends 302.',
    'Treating the 497 redirect as a security measure: the plain request and its cookies or Authorization header were already sent in clear text; HSTS makes browsers switch to https before sending anything.',
    'Searching access logs for 497: the entry reads 400 unless error_page changed the status.',
  ],
  related: [400, 301, 308, 426],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
