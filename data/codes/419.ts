import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 419,
  phrase: 'Page Expired',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Laravel',
  otherUses: [
    {
      vendor: 'Spring Framework',
      meaning:
        'HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE (419, "Insufficient Space On Resource"), a constant taken from an early WebDAV draft, deprecated through Spring Framework 6.2 and removed in 7.0; the published WebDAV RFCs use 507 for that condition. The npm package http-status-codes still names 419 StatusCodes.INSUFFICIENT_SPACE_ON_RESOURCE.',
      source:
        'https://github.com/spring-projects/spring-framework/blob/v6.2.0/spring-web/src/main/java/org/springframework/http/HttpStatus.java',
    },
  ],
  spec: documentSource('CSRF Protection (Laravel documentation)', 'https://laravel.com/docs/csrf'),
  summary:
    'Laravel\'s answer when a form or AJAX request fails its CSRF check, usually because the session behind the page has expired; the default error page says "Page Expired".',
  definition:
    'Laravel\'s CSRF middleware compares the token sent with a POST, PUT, PATCH or DELETE request (the _token field, or the X-CSRF-TOKEN or X-XSRF-TOKEN header) with the token stored in the session and throws a TokenMismatchException when they differ. The framework\'s exception handler converts that exception into an HTTP 419 response and renders its built-in "Page Expired" error view. Laravel 13 renamed the middleware PreventRequestForgery (VerifyCsrfToken, then ValidateCsrfToken in Laravel 11 and 12, both kept as deprecated aliases) and put an origin check first: a request the browser marks Sec-Fetch-Site: same-origin is accepted without looking at the token, and only the others fall back to the token check that can end in 419; with originOnly enabled, a request that fails the origin check gets 403 instead of 419 (Laravel 13 docs, CSRF Protection and Upgrade Guide).',
  whenToUse:
    'Nobody chooses it deliberately: Laravel sends it automatically on a CSRF token mismatch. Outside Laravel, a rejected CSRF token is normally a 403 (Django and Spring Security both use 403), and an expired login is a 401; prefer those in code you design.',
  clientBehavior:
    'Browsers treat 419 as a generic 4xx and render Laravel\'s "Page Expired" page; the data the user typed into the form is lost unless the application redirects back with input. JavaScript clients such as axios reject the promise as for any 4xx, so SPA code has to detect 419 explicitly, fetch a fresh token (for Sanctum, GET /sanctum/csrf-cookie) and resend.',
  cachingBehavior:
    'A 419 answers state-changing requests, whose responses caches practically never reuse. The page that embeds the token is what matters: a form page served from a shared cache hands every visitor the same stale token, producing 419 on submit.',
  seoImpact:
    'Crawlers do not submit forms, so they practically never trigger a 419. If a GET URL were to return it, Google would treat it as a 4xx: the URL is not indexed.',
  apiImpact:
    "Stateless API routes (Laravel's api middleware group, token-authenticated) do not run the CSRF middleware and never return 419; getting one means the request was handled as a session request, through the web group or Sanctum's stateful SPA middleware. Clients of a session-based SPA backend should handle 419 by refreshing the CSRF cookie once and retrying, not in a loop.",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Resending the same request repeats the same stale token and fails again. Reload the page or fetch a new CSRF token first, then resubmit once; if the session itself expired, the user may have to log in again.',
  },
  scenarios: [
    'A user leaves a Laravel form open past the session lifetime (120 minutes by default), submits it, and gets the "419 Page Expired" page.',
    'An AJAX POST from a Blade page omits the X-CSRF-TOKEN header because the csrf-token meta tag was not added to the layout.',
    'A third-party payment provider posts its callback to a route in the web middleware group; the route has to be excluded from CSRF verification or every callback fails with 419.',
    "A login form served from a CDN cache embeds another visitor's token, so submissions fail with 419 until the page is excluded from caching.",
  ],
  mistakes: [
    'Disabling CSRF protection for the whole application to make 419s disappear, which reopens cross-site request forgery.',
    'Treating 419 as a standard code in a client library or API contract; it is Laravel-specific, and other stacks report the same failure as 403.',
    'Caching HTML pages that contain @csrf forms in a shared cache, so users receive tokens that do not belong to their session.',
  ],
  related: [403, 401, 440, 422],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
