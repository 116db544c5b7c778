/**
 * "Status 0" and "000": numbers that browsers and curl print where a status
 * code would be, although no HTTP response carried them (RFC 9110 §15: every
 * valid status code is within 100 to 599). Each cause cites the specification
 * or manual that says it produces the number. Validated by `pseudoCodeSchema`.
 */
import type { PseudoCodeInput } from './schema.ts';

const FETCH = 'https://fetch.spec.whatwg.org';
const fetchStandard = (anchor: string, what: string) => ({ title: `Fetch Standard: ${what}`, url: `${FETCH}/#${anchor}` });
const NET_ERRORS = {
  title: 'Chromium source: net/base/net_error_list.h',
  url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
};
const LIBCURL_ERRORS = { title: 'libcurl error codes (libcurl-errors)', url: 'https://curl.se/libcurl/c/libcurl-errors.html' };

/** Browsers and `fetch`/XMLHttpRequest: a network error or an opaque response. */
const statusZero = {
  id: '0',
  title: 'Status 0 is not an HTTP status code',
  summary:
    'Browsers report status 0 when the page gets no HTTP response it may read: the request failed on the network, the browser blocked it, or it was cancelled. No server sent a 0; the browser console and network panel say what happened.',
  origin:
    'The Fetch Standard defines a network error as a response whose status is 0, with an empty status message, no header fields and no body. Every failure the standard does not expose to the page ends as a network error, and fetch() rejects its promise with a TypeError when it receives one.',
  originSource: fetchStandard('concept-network-error', 'network error'),
  causes: [
    {
      cause: 'CORS check failed',
      explanation:
        "A cross-origin response without an Access-Control-Allow-Origin header matching the page's origin (or with a failed preflight) fails the CORS check, and the fetch returns a network error even when the server answered 200.",
      source: fetchStandard('http-fetch', 'HTTP fetch (the CORS check)'),
    },
    {
      cause: 'Mixed content, Content Security Policy or a bad port',
      explanation:
        'Main fetch turns the response into a network error before any request is sent when an https page asks for an http URL (mixed content), when the page\u2019s Content Security Policy forbids the URL, or when the port is on the blocked list.',
      source: fetchStandard('main-fetch', 'main fetch'),
    },
    {
      cause: 'Blocked by an extension or ad blocker',
      explanation:
        'A content blocker cancels the request inside the browser; Chromium reports it as ERR_BLOCKED_BY_CLIENT, "the client chose to block the request", and the page sees a network error.',
      source: NET_ERRORS,
    },
    {
      cause: 'Aborted or timed out',
      explanation:
        'AbortController.abort(), AbortSignal.timeout() or leaving the page cancels the fetch: the promise rejects with the signal\u2019s abort reason instead of a response, and XMLHttpRequest is left with status 0.',
      source: fetchStandard('abort-fetch', 'abort a fetch() call'),
    },
    {
      cause: 'DNS, connection or TLS failure',
      explanation:
        'When no connection can be obtained (the host name does not resolve, nothing listens on the port, the certificate is not trusted), HTTP-network fetch returns a network error; Chromium names the failure, e.g. ERR_NAME_NOT_RESOLVED, ERR_CONNECTION_REFUSED or ERR_CERT_AUTHORITY_INVALID.',
      source: fetchStandard('http-network-fetch', 'HTTP-network fetch'),
    },
    {
      cause: 'An opaque response from a no-cors request',
      explanation:
        'fetch(url, { mode: "no-cors" }) to another origin resolves with an opaque filtered response: type "opaque", status 0, no header fields and no readable body, whatever status the server really sent.',
      source: fetchStandard('concept-filtered-response-opaque', 'opaque filtered response'),
    },
    {
      cause: 'XMLHttpRequest before completion or after an error',
      explanation:
        'XMLHttpRequest.status is 0 until the request completes, and browsers also report 0 after an XMLHttpRequest error, so reading status in an error handler or too early yields 0.',
      source: { title: 'MDN: XMLHttpRequest.status', url: 'https://developer.mozilla.org/en-US/docs/Web/API/XMLHttpRequest/status' },
    },
  ],
  diagnosis: [
    {
      where: 'Browser console',
      look: 'JavaScript only learns that the request failed; the console says why. Chromium logs "Access to fetch at \u2026 has been blocked by CORS policy" followed by the failed check, or "Mixed Content: The page at \u2026 was loaded over HTTPS, but requested an insecure \u2026"; Firefox logs "Cross-Origin Request Blocked" with a Reason.',
      source: { title: 'MDN: CORS errors', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/CORS/Errors' },
    },
    {
      where: 'Network panel of the developer tools',
      look: 'Select the failed request: Chromium shows the net error name in place of a status, e.g. net::ERR_BLOCKED_BY_CLIENT for an extension, net::ERR_NAME_NOT_RESOLVED for DNS, net::ERR_CERT_AUTHORITY_INVALID for an untrusted certificate. A request that never appears was never started by the page.',
      source: NET_ERRORS,
    },
    {
      where: 'curl -v from the same machine',
      look: 'Send the same request with curl -v (add -H "Origin: https://your.site" for a CORS case). If curl gets a response, the server is reachable and the browser withheld it: check the response\u2019s Access-Control-Allow-Origin and the page\u2019s scheme. If curl fails too, the failure is DNS, the connection or TLS.',
      source: { title: 'curl manual: --verbose', url: 'https://curl.se/docs/manpage.html#-v' },
    },
    {
      where: 'Server and proxy access logs',
      look: 'No line for the request means it never reached the server (DNS, TLS, or blocked in the browser). A line with a normal status for a request the page saw as 0 means the server answered and the browser refused to expose the response: CORS or an opaque no-cors response.',
    },
  ],
  related: [499, 444],
  updated: '2026-12-06',
} satisfies PseudoCodeInput;

/** curl's `%{http_code}` when no response arrived, and the logs that copy it. */
const tripleZero = {
  id: '000',
  title: '000 is not an HTTP status code',
  summary:
    'curl prints 000 for %{http_code} when no HTTP response arrived: the host name did not resolve, the connection or TLS handshake failed, the transfer timed out, or the server closed the connection without answering. Health checks and logs built on curl repeat the 000.',
  origin:
    'libcurl stores a response code of zero when no server response code has been received, and curl\u2019s --write-out prints http_code (and response_code) with three digits, so a transfer that got no response prints 000. curl\u2019s exit code and error message name the failure the 000 hides.',
  originSource: { title: 'libcurl: CURLINFO_RESPONSE_CODE', url: 'https://curl.se/libcurl/c/CURLINFO_RESPONSE_CODE.html' },
  causes: [
    {
      cause: 'The host name did not resolve',
      explanation:
        'Exit code 6, CURLE_COULDNT_RESOLVE_HOST: the given remote host was not resolved; curl prints "Could not resolve host: \u2026".',
      source: LIBCURL_ERRORS,
    },
    {
      cause: 'The connection was refused or unreachable',
      explanation:
        'Exit code 7, CURLE_COULDNT_CONNECT: connect() to the host or proxy failed, typically because nothing listens on the port or a firewall rejects it; curl prints "Failed to connect to \u2026".',
      source: LIBCURL_ERRORS,
    },
    {
      cause: 'The transfer timed out',
      explanation:
        'Exit code 28, CURLE_OPERATION_TIMEDOUT: the --connect-timeout or --max-time period was reached before a response arrived; curl prints "Operation timed out after \u2026 milliseconds".',
      source: LIBCURL_ERRORS,
    },
    {
      cause: 'The TLS handshake failed',
      explanation:
        'Exit code 35, CURLE_SSL_CONNECT_ERROR, for a failed handshake, or 60, CURLE_PEER_FAILED_VERIFICATION, when the server\u2019s certificate was not accepted: no HTTP request was even sent.',
      source: LIBCURL_ERRORS,
    },
    {
      cause: 'The server closed the connection without a response',
      explanation:
        'Exit code 52, CURLE_GOT_NOTHING, printed as "Empty reply from server": the connection closed before any status line, which is exactly what nginx does for its 444.',
      source: LIBCURL_ERRORS,
    },
    {
      cause: 'The connection was reset while reading',
      explanation:
        'Exit code 56, CURLE_RECV_ERROR: receiving data failed, e.g. "Recv failure: Connection reset by peer" from a proxy or firewall that cut the connection.',
      source: LIBCURL_ERRORS,
    },
  ],
  diagnosis: [
    {
      where: 'curl\u2019s exit code and error message',
      look: 'Drop -s (or add -S) so curl prints its error, or add the write-out variables exitcode and errormsg (curl 7.75.0 and later) next to http_code: -w "%{http_code} %{exitcode} %{errormsg}". The exit code maps to the list above.',
      source: { title: 'curl manual: --write-out', url: 'https://curl.se/docs/manpage.html#-w' },
    },
    {
      where: 'curl -v',
      look: 'Verbose output shows each stage: name resolution, the connection, the TLS handshake and the request headers (lines starting with >). The last stage printed before the error is the one that failed.',
      source: { title: 'curl manual: --verbose', url: 'https://curl.se/docs/manpage.html#-v' },
    },
    {
      where: 'Server and proxy logs',
      look: 'If the server logged the request, the connection reached it and closed without a response (a crash, a 444, a proxy cutting the connection); if nothing was logged, the failure is DNS, routing, a firewall or TLS before HTTP started.',
    },
  ],
  related: [444, 499],
  updated: '2026-12-06',
} satisfies PseudoCodeInput;

/** The pseudo-codes, in the order pages list them. */
export const pseudoCodeEntries: readonly PseudoCodeInput[] = [statusZero, tripleZero];
