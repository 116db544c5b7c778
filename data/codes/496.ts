import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 496,
  phrase: 'SSL Certificate Required',
  formerPhrases: [],
  alsoKnownAs: [
    {
      phrase: 'No Cert',
      note: "From the name of the constant in nginx's source, NGX_HTTPS_NO_CERT.",
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
    'nginx\'s internal code for a request that arrived without the client certificate the server requires. The client receives 400 Bad Request with "No required SSL certificate was sent", not 496.',
  definition:
    'The ngx_http_ssl_module documentation lists 496 among its non-standard error codes: "a client has not presented the required certificate" (Error Processing). It applies only with ssl_verify_client on; with optional, a missing certificate is allowed. nginx lets the TLS handshake finish without a certificate, then rejects the HTTP request and logs "client sent no required SSL certificate" at info level; the status on the wire and in the access log is 400. The source calls it NGX_HTTPS_NO_CERT; the phrase here is a description.',
  whenToUse:
    'Only inside nginx configuration, as error_page 496 /install-your-certificate.html; on a mutual-TLS host. If some paths must work without a certificate, use ssl_verify_client optional and enforce it per location by checking $ssl_client_verify, which is "NONE" when no certificate was sent, answering 403 yourself.',
  clientBehavior:
    'A browser with no matching certificate, or whose user dismissed the certificate picker, shows "400 Bad Request / No required SSL certificate was sent". curl and HTTP libraries called without a client certificate get the same 400 after a successful handshake, so no TLS error is reported. nginx drops the cached TLS session, so a retry that supplies a certificate gets a full new handshake.',
  cachingBehavior:
    "The 400 on the wire is not heuristically cacheable (RFC 9110 §15.1) and carries no Cache-Control, so it is not stored. Whether it occurs depends on the connection's certificate, not on the URL.",
  seoImpact:
    'Every crawler gets 496 (sent as 400) on a host with ssl_verify_client on, because crawlers do not present client certificates; Google handles the 400 like other 4xx codes and does not index those URLs. That is correct for a private API host and a mistake if public pages share the server block.',
  apiImpact:
    'SDKs report the HTML 400 as a confusing "bad request". When a client that has a certificate configured still gets 496, check that it sends it: browsers offer only certificates issued by the CAs the server lists, and nginx sends the list from ssl_client_certificate but not the CAs in ssl_trusted_certificate.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Repeating the request without a certificate fails identically. Configure the client certificate and key (for curl, --cert and --key), then retry; the new connection performs a full handshake in which the certificate is sent.',
  },
  scenarios: [
    'A developer calls an internal mutual-TLS API with plain curl and gets "400 No required SSL certificate was sent"; adding --cert client.pem --key client.key fixes it.',
    "A load balancer's health check connects to the mutual-TLS port without a certificate, receives 400 on every probe and marks all backends unhealthy.",
    "After a browser profile is recreated, its certificate store no longer holds the user's certificate and the intranet site shows nginx's 400 page.",
  ],
  mistakes: [
    'Expecting the TLS handshake to fail: nginx completes it without a certificate and rejects at the HTTP layer, so TLS-level monitoring reports success while every request fails.',
    'Searching access logs for 496: they record 400; the info-level error log line "client sent no required SSL certificate" is the reliable trace.',
    'Putting public and certificate-only paths in one server block with ssl_verify_client on: the public paths then require a certificate too.',
  ],
  related: [495, 400, 401, 403],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
