import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 495,
  phrase: 'SSL Certificate Error',
  formerPhrases: [],
  alsoKnownAs: [
    {
      phrase: 'Cert Error',
      note: "From the name of the constant in nginx's source, NGX_HTTPS_CERT_ERROR.",
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
    'nginx\'s internal code for a client certificate that failed verification on a mutual-TLS server. The client receives 400 Bad Request with the text "The SSL certificate error", not 495.',
  definition:
    'The ngx_http_ssl_module documentation lists 495 among its non-standard error codes that can be used with error_page: "an error has occurred during the client certificate verification" (Error Processing). nginx completes the TLS handshake, then rejects the HTTP request when ssl_verify_client is on or optional and the presented certificate fails the check (untrusted issuer, expired, listed in ssl_crl, or rejected by OCSP with ssl_ocsp). By default the response goes out, and is logged, as 400. The source calls it NGX_HTTPS_CERT_ERROR; the phrase here is a description, not an nginx reason phrase.',
  whenToUse:
    'Only inside nginx configuration, as error_page 495 /certificate-help.html; to explain how to install or renew a certificate. An application that evaluates client certificates itself, for example from the $ssl_client_verify variable, should answer 403 when a valid certificate identifies someone without access; 401 fits only if it sends a WWW-Authenticate challenge the client can act on.',
  clientBehavior:
    'Browsers show nginx\'s page "400 Bad Request / The SSL certificate error". curl and HTTP libraries get a normal 400 response, so the TLS layer reports success and only the body says what failed. After the failure nginx removes the TLS session from its session cache, so the next connection performs a full handshake in which a different certificate can be offered.',
  cachingBehavior:
    "The 400 on the wire is not heuristically cacheable (RFC 9110 §15.1) and nginx's error page carries no Cache-Control, so nothing stores it. The outcome depends on the certificate the client presented on that connection, never on the URL.",
  seoImpact:
    'Crawlers do not present client certificates, so on a host with ssl_verify_client on they meet 496 rather than 495; both arrive as 400, which Google handles like other 4xx codes and does not index. Keep public pages on a host that does not require client certificates.',
  apiImpact:
    'Machine clients fail all at once when their certificate expires, and see a 400 with an HTML body that error handling usually files as "bad request". Log $ssl_client_verify in nginx: since 1.11.7 it holds "FAILED:" followed by the reason, which separates an expired certificate from an untrusted issuer, and alert on client certificate expiry before it happens.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      "Repeating the request with the same certificate fails the same way. Renew or replace the client certificate, or fix the server's CA file (ssl_client_certificate or ssl_trusted_certificate), then retry; because nginx drops the cached TLS session on this failure, the next connection starts with a fresh handshake.",
  },
  scenarios: [
    'A partner\'s client certificate expires overnight; every API call from their system returns "400 The SSL certificate error" and nginx\'s error log (at info level) records "client SSL certificate verify error" with the OpenSSL reason.',
    'Client certificates are issued through two levels of intermediate CA below the root in ssl_client_certificate; with the default ssl_verify_depth of 1 that chain is too long, and verification fails until the depth is raised to 2.',
    'With ssl_ocsp on, a client certificate that the issuer has revoked, or an OCSP check that fails, ends in 495.',
  ],
  mistakes: [
    'Grepping access logs for 495: the access log shows 400; only the error log line and $ssl_client_verify identify certificate failures.',
    'Using ssl_verify_client optional and never checking $ssl_client_verify in the application: clients without a certificate pass (the variable is "NONE"), and only invalid certificates are rejected.',
    'Sending 495 from an application: nginx itself answers 400 in this case, and the registered code for a rejected identity is 403.',
  ],
  related: [496, 400, 403, 401, 526],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
