/**
 * The words people type when they meet a status code before they know it:
 * browser errors, log lines, error pages, exception and error-type names,
 * configuration directives. Each `text` is exactly what the product prints or
 * names, checked against `source` (the product's documentation or the line of
 * its source code that prints it). Keyed by code, or by the pseudo-codes "0"
 * and "000"; `data/numbers.ts` validates that every key exists.
 */
import type { SymptomInput } from './schema.ts';

const CHROMIUM_NET_ERRORS = 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h';
const CHROMIUM_CORS_STRINGS =
  'https://source.chromium.org/chromium/chromium/src/+/main:third_party/blink/renderer/platform/loader/cors/cors_error_string.cc';
const CHROMIUM_MIXED_CONTENT =
  'https://source.chromium.org/chromium/chromium/src/+/main:third_party/blink/renderer/core/loader/mixed_content_checker.cc';
const MDN_CORS_ERRORS = 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS/Errors';
const NGINX_SRC = 'https://github.com/nginx/nginx/blob/master/src/http';
const NGINX_CORE_DOCS = 'https://nginx.org/en/docs/http/ngx_http_core_module.html';
const CURL_SRC = 'https://github.com/curl/curl/blob/master/lib';
const SPRING_RESOLVER =
  'https://github.com/spring-projects/spring-framework/blob/main/spring-webmvc/src/main/java/org/springframework/web/servlet/mvc/support/DefaultHandlerExceptionResolver.java';
const RAILS_RESCUE_RESPONSES = 'https://github.com/rails/rails/blob/main/actionpack/lib/action_dispatch/middleware/exception_wrapper.rb';
const RAW_BODY = 'https://github.com/stream-utils/raw-body/blob/master/index.js';
const LARAVEL_HANDLER = 'https://github.com/laravel/framework/blob/12.x/src/Illuminate/Foundation/Exceptions/Handler.php';

/** Every symptom, grouped by the code it points to. */
export const symptomEntries: readonly SymptomInput[] = [
  // Status 0: the browser withheld or never got a response.
  { key: '0', text: 'has been blocked by CORS policy', kind: 'console message', product: 'Chromium', source: CHROMIUM_CORS_STRINGS },
  {
    key: '0',
    text: "No 'Access-Control-Allow-Origin' header is present on the requested resource",
    kind: 'console message',
    product: 'Chromium',
    source: CHROMIUM_CORS_STRINGS,
  },
  {
    key: '0',
    text: "Response to preflight request doesn't pass access control check",
    kind: 'console message',
    product: 'Chromium',
    source: CHROMIUM_CORS_STRINGS,
  },
  {
    key: '0',
    text: 'Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource',
    kind: 'console message',
    product: 'Firefox',
    source: MDN_CORS_ERRORS,
  },
  {
    key: '0',
    text: "Reason: CORS header 'Access-Control-Allow-Origin' missing",
    kind: 'console message',
    product: 'Firefox',
    source: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS/Errors/CORSMissingAllowOrigin',
  },
  {
    key: '0',
    text: 'was loaded over HTTPS, but requested an insecure',
    kind: 'console message',
    product: 'Chromium',
    source: CHROMIUM_MIXED_CONTENT,
  },
  { key: '0', text: 'net::ERR_BLOCKED_BY_CLIENT', kind: 'browser error', product: 'Chromium', source: CHROMIUM_NET_ERRORS },
  { key: '0', text: 'net::ERR_FAILED', kind: 'browser error', product: 'Chromium', source: CHROMIUM_NET_ERRORS },
  { key: '0', text: 'net::ERR_ABORTED', kind: 'browser error', product: 'Chromium', source: CHROMIUM_NET_ERRORS },
  { key: '0', text: 'net::ERR_NAME_NOT_RESOLVED', kind: 'browser error', product: 'Chromium', source: CHROMIUM_NET_ERRORS },
  { key: '0', text: 'net::ERR_CONNECTION_REFUSED', kind: 'browser error', product: 'Chromium', source: CHROMIUM_NET_ERRORS },
  { key: '0', text: 'net::ERR_CERT_AUTHORITY_INVALID', kind: 'browser error', product: 'Chromium', source: CHROMIUM_NET_ERRORS },

  // 000: curl got no response.
  { key: '000', text: '%{http_code}', kind: 'client output', product: 'curl', source: 'https://curl.se/docs/manpage.html#-w' },
  { key: '000', text: 'Could not resolve host', kind: 'client output', product: 'curl', source: `${CURL_SRC}/vdns/hostip.c` },
  { key: '000', text: 'Failed to connect to', kind: 'client output', product: 'curl', source: `${CURL_SRC}/cf-ip-happy.c` },
  { key: '000', text: 'Operation timed out after', kind: 'client output', product: 'curl', source: `${CURL_SRC}/multi.c` },
  { key: '000', text: 'Empty reply from server', kind: 'client output', product: 'curl', source: `${CURL_SRC}/http.c` },

  // Redirect loops.
  { key: 301, text: 'ERR_TOO_MANY_REDIRECTS', kind: 'browser error', product: 'Chromium', source: CHROMIUM_NET_ERRORS },
  { key: 302, text: 'ERR_TOO_MANY_REDIRECTS', kind: 'browser error', product: 'Chromium', source: CHROMIUM_NET_ERRORS },
  { key: 302, text: 'Maximum (50) redirects followed', kind: 'client output', product: 'curl', source: `${CURL_SRC}/http.c` },

  // nginx: request limits and timeouts.
  { key: 408, text: 'client_header_timeout', kind: 'directive', product: 'nginx', source: `${NGINX_CORE_DOCS}#client_header_timeout` },
  { key: 408, text: 'client_body_timeout', kind: 'directive', product: 'nginx', source: `${NGINX_CORE_DOCS}#client_body_timeout` },
  { key: 413, text: 'client_max_body_size', kind: 'directive', product: 'nginx', source: `${NGINX_CORE_DOCS}#client_max_body_size` },
  {
    key: 413,
    text: 'client intended to send too large body',
    kind: 'log line',
    product: 'nginx',
    source: `${NGINX_SRC}/ngx_http_core_module.c`,
  },
  {
    key: 413,
    text: '413 Request Entity Too Large',
    kind: 'error page',
    product: 'nginx',
    source: `${NGINX_SRC}/ngx_http_special_response.c`,
  },
  {
    key: 414,
    text: 'large_client_header_buffers',
    kind: 'directive',
    product: 'nginx',
    source: `${NGINX_CORE_DOCS}#large_client_header_buffers`,
  },
  { key: 414, text: 'client sent too long URI', kind: 'log line', product: 'nginx', source: `${NGINX_SRC}/ngx_http_request.c` },
  { key: 444, text: 'Empty reply from server', kind: 'client output', product: 'curl', source: `${CURL_SRC}/http.c` },
  { key: 444, text: 'ERR_EMPTY_RESPONSE', kind: 'browser error', product: 'Chromium', source: CHROMIUM_NET_ERRORS },
  {
    key: 494,
    text: 'Request Header Or Cookie Too Large',
    kind: 'error page',
    product: 'nginx',
    source: `${NGINX_SRC}/ngx_http_special_response.c`,
  },
  { key: 494, text: 'client sent too long header line', kind: 'log line', product: 'nginx', source: `${NGINX_SRC}/ngx_http_request.c` },
  { key: 495, text: 'The SSL certificate error', kind: 'error page', product: 'nginx', source: `${NGINX_SRC}/ngx_http_special_response.c` },
  {
    key: 496,
    text: 'No required SSL certificate was sent',
    kind: 'error page',
    product: 'nginx',
    source: `${NGINX_SRC}/ngx_http_special_response.c`,
  },
  {
    key: 497,
    text: 'The plain HTTP request was sent to HTTPS port',
    kind: 'error page',
    product: 'nginx',
    source: `${NGINX_SRC}/ngx_http_special_response.c`,
  },
  {
    key: 499,
    text: 'proxy_ignore_client_abort',
    kind: 'directive',
    product: 'nginx',
    source: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_ignore_client_abort',
  },
  {
    key: 499,
    text: 'client prematurely closed connection',
    kind: 'log line',
    product: 'nginx',
    source: `${NGINX_SRC}/ngx_http_upstream.c`,
  },

  // nginx as a proxy: upstream failures.
  {
    key: 502,
    text: 'upstream prematurely closed connection while reading response header from upstream',
    kind: 'log line',
    product: 'nginx',
    source: `${NGINX_SRC}/ngx_http_upstream.c`,
  },
  {
    key: 502,
    text: 'connect() failed (111: Connection refused) while connecting to upstream',
    kind: 'log line',
    product: 'nginx',
    source: `${NGINX_SRC}/ngx_http_upstream.c`,
  },
  { key: 502, text: 'no live upstreams', kind: 'log line', product: 'nginx', source: `${NGINX_SRC}/ngx_http_upstream.c` },
  {
    key: 502,
    text: 'upstream sent too big header while reading response header from upstream',
    kind: 'log line',
    product: 'nginx',
    source: `${NGINX_SRC}/ngx_http_upstream.c`,
  },
  {
    key: 502,
    text: 'proxy_buffer_size',
    kind: 'directive',
    product: 'nginx',
    source: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_buffer_size',
  },
  {
    key: 503,
    text: 'limiting requests, excess',
    kind: 'log line',
    product: 'nginx',
    source: `${NGINX_SRC}/modules/ngx_http_limit_req_module.c`,
  },
  {
    key: 503,
    text: 'limit_req_status',
    kind: 'directive',
    product: 'nginx',
    source: 'https://nginx.org/en/docs/http/ngx_http_limit_req_module.html#limit_req_status',
  },
  {
    key: 504,
    text: 'upstream timed out (110: Connection timed out) while reading response header from upstream',
    kind: 'log line',
    product: 'nginx',
    source: `${NGINX_SRC}/ngx_http_upstream.c`,
  },
  {
    key: 504,
    text: 'proxy_read_timeout',
    kind: 'directive',
    product: 'nginx',
    source: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_read_timeout',
  },
  {
    key: 504,
    text: 'proxy_connect_timeout',
    kind: 'directive',
    product: 'nginx',
    source: 'https://nginx.org/en/docs/http/ngx_http_proxy_module.html#proxy_connect_timeout',
  },
  {
    key: 504,
    text: 'fastcgi_read_timeout',
    kind: 'directive',
    product: 'nginx',
    source: 'https://nginx.org/en/docs/http/ngx_http_fastcgi_module.html#fastcgi_read_timeout',
  },

  // APIs: the error type in the JSON body next to the status.
  {
    key: 529,
    text: 'overloaded_error',
    kind: 'error type',
    product: 'Anthropic API',
    source: 'https://docs.claude.com/en/api/errors',
  },
  {
    key: 429,
    text: 'rate_limit_error',
    kind: 'error type',
    product: 'Anthropic API',
    source: 'https://docs.claude.com/en/api/errors',
  },

  // Frameworks: the exception, and the status their default handler maps it to.
  { key: 419, text: 'TokenMismatchException', kind: 'exception', product: 'Laravel', source: LARAVEL_HANDLER },
  {
    key: 403,
    text: 'CSRF verification failed. Request aborted.',
    kind: 'error page',
    product: 'Django',
    source: 'https://github.com/django/django/blob/main/django/views/csrf.py',
  },
  { key: 405, text: 'HttpRequestMethodNotSupportedException', kind: 'exception', product: 'Spring', source: SPRING_RESOLVER },
  { key: 415, text: 'HttpMediaTypeNotSupportedException', kind: 'exception', product: 'Spring', source: SPRING_RESOLVER },
  { key: 406, text: 'HttpMediaTypeNotAcceptableException', kind: 'exception', product: 'Spring', source: SPRING_RESOLVER },
  { key: 400, text: 'HttpMessageNotReadableException', kind: 'exception', product: 'Spring', source: SPRING_RESOLVER },
  { key: 422, text: 'ActionController::InvalidAuthenticityToken', kind: 'exception', product: 'Rails', source: RAILS_RESCUE_RESPONSES },
  { key: 404, text: 'ActionController::RoutingError', kind: 'exception', product: 'Rails', source: RAILS_RESCUE_RESPONSES },
  { key: 400, text: 'ActionController::ParameterMissing', kind: 'exception', product: 'Rails', source: RAILS_RESCUE_RESPONSES },
  { key: 406, text: 'ActionController::UnknownFormat', kind: 'exception', product: 'Rails', source: RAILS_RESCUE_RESPONSES },
  { key: 413, text: 'request entity too large', kind: 'exception', product: 'Express (raw-body)', source: RAW_BODY },
  { key: 413, text: 'entity.too.large', kind: 'error type', product: 'Express (raw-body)', source: RAW_BODY },
];
