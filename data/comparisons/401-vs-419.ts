import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [401, 419],
  theme: 'authentication and access',
  intro:
    "In a Laravel application, a request that fails the CSRF check gets a 419, not a 401, although an expired session is often behind both: up to Laravel 12 that is any form submitted after its session expired, and since Laravel 13 one whose browser does not mark it Sec-Fetch-Site: same-origin. 419 is Laravel's own number for a failed CSRF check; 401 is HTTP's answer to missing or rejected credentials, with a challenge attached.",
  pairAspects: [
    {
      aspect: 'Defined by',
      cells: [
        'RFC 9110 §15.5.2, and registered with IANA.',
        'Laravel alone: its exception handler turns the CSRF middleware\'s TokenMismatchException into a 419 "Page Expired" response; the number is unassigned in the IANA registry.',
      ],
    },
    {
      aspect: 'What failed',
      cells: [
        'Authentication: the request "lacks valid authentication credentials for the target resource" (RFC 9110 §15.5.2).',
        "The CSRF token: the _token field or the X-CSRF-TOKEN or X-XSRF-TOKEN header did not match the token stored in the session (Laravel docs, CSRF Protection). Laravel 13's PreventRequestForgery middleware first accepts requests a browser marks Sec-Fetch-Site: same-origin and checks the token only for the rest.",
      ],
    },
    {
      aspect: 'Requests that can get it',
      cells: [
        'Any request for a protected resource, including GET.',
        "Only the requests Laravel's CSRF middleware checks: POST, PUT, PATCH and DELETE on routes in the web middleware group (in Laravel 13, only those not marked Sec-Fetch-Site: same-origin); GET, HEAD and OPTIONS are never checked.",
      ],
    },
    {
      aspect: 'Required header field',
      cells: [
        'WWW-Authenticate with at least one challenge (RFC 9110 §15.5.2).',
        'None; Laravel sends its "Page Expired" error page, or a JSON message when the request expects JSON.',
      ],
    },
  ],
  keyDifference:
    '401 is HTTP\'s standard "authenticate, then retry", with a WWW-Authenticate challenge; 419 is Laravel\'s private code for a stale or missing CSRF token, cured by fetching a fresh token rather than by logging in.',
  decisionRule:
    'In code you design, send 401 with a challenge when credentials are missing or invalid, and 403 when a CSRF check fails, as Django and Spring Security do. In a Laravel application, accept that the framework sends 419 and handle it in the front end: fetch a fresh token (GET /sanctum/csrf-cookie for Sanctum single-page apps) and resubmit once.',
  commonMistake:
    'Treating every 419 as a failed login and sending the user to the sign-in page: when the session is still valid only the token was stale, for example in a page served from a cache or left open in a tab, and the user loses what they typed for nothing.',
  faq: [
    {
      question: 'Why does my Laravel form work locally but return 419 in production?',
      answer:
        "The token in the page must match the one in the session (since Laravel 13, for requests the browser does not mark same-origin), so anything that separates them fails: a page served from a shared cache with another visitor's token, a session cookie the browser does not send back (a wrong SESSION_DOMAIN, or a Secure cookie on plain HTTP), or file-based sessions that each server of a load-balanced pool keeps separately.",
    },
    {
      question: 'Do HTTP client libraries know what 419 means?',
      answer:
        'No. Since 419 is unassigned, a client that does not recognise it must treat it as 400, the x00 of its class (RFC 9110 §15). axios rejects the promise as it does for any status outside 200-299, so front-end code has to test error.response.status === 419 explicitly to refresh the token.',
    },
    {
      question: 'Is 419 ever sent in answer to GET?',
      answer:
        "Not by Laravel's CSRF middleware, which skips the reading methods GET, HEAD and OPTIONS; a 419 on a GET comes from application code that aborts with 419, or from other software. Spring Framework's HttpStatus once defined 419 as INSUFFICIENT_SPACE_ON_RESOURCE, taken from WebDAV drafts and unrelated to CSRF.",
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
