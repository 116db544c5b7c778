import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [419, 403],
  theme: 'authentication and access',
  intro:
    'A Laravel app that rejects a stale form answers 419 "Page Expired", an unofficial code that Laravel invented and that the IANA registry leaves unassigned, while the same CSRF failure in Django or Spring Security comes back as a standard 403. Teams running Laravel beside other stacks, or putting a generic SPA client or API gateway in front of it, see both for one cause and wonder which is correct. Inside Laravel the two are not rivals at all: 419 covers the CSRF token and 403 covers authorization.',
  pairAspects: [
    {
      aspect: 'Standing',
      cells: [
        'Unofficial and Laravel-specific; a client that does not know it MUST treat it as 400, the x00 code of its class (RFC 9110 §15).',
        'Registered and defined in RFC 9110 §15.5.4; every HTTP library and gateway names it.',
      ],
    },
    {
      aspect: 'Laravel exception behind it',
      cells: [
        'Illuminate\\Session\\TokenMismatchException, thrown by the CSRF middleware and converted by the exception handler into an HttpException with status 419.',
        'Illuminate\\Auth\\Access\\AuthorizationException from a Gate or Policy, converted into an AccessDeniedHttpException, or an explicit abort(403) in application code.',
      ],
    },
    {
      aspect: 'Requests that can trigger it',
      cells: [
        "Only state-changing requests (any method except GET, HEAD and OPTIONS) that pass through the CSRF middleware, which in practice means routes in the web group and Sanctum's stateful SPA requests.",
        'Any method on any route, including GET, whenever a policy, gate or custom check refuses the current user.',
      ],
    },
  ],
  keyDifference:
    'In a Laravel app, 419 means the CSRF token or the session behind it has gone stale and a fresh page fixes it, whereas 403 means this user may not do this at all; outside Laravel, only 403 exists.',
  decisionRule:
    'Inside Laravel, leave 419 to the CSRF middleware and use 403 (Gate, Policy, abort(403)) for permission refusals. In a client, handle 419 by fetching a new token once and resubmitting, and handle 403 by showing a permission error. In code you design outside Laravel, answer a rejected CSRF token with 403 and say in the body that the token was the problem.',
  commonMistake:
    'Handling 419 and 403 alike in a front end that talks to Laravel. When both show "access denied", a user whose session merely timed out is told they lack permission and loses the form; when both trigger a token refresh and retry, genuine authorization failures bounce through pointless retries before anyone sees the real error.',
  faq: [
    {
      question: 'Why does Laravel use 419 for CSRF failures instead of 403?',
      answer:
        "The split keeps an expired session distinguishable from a refused permission: Laravel's exception handler maps TokenMismatchException to 419 and AuthorizationException to 403, so logs, tests and front ends can tell them apart. The cost is a status that no other software knows. A render callback typed for TokenMismatchException never fires, because callbacks receive the exception only after it has become an HttpException with status 419; match that HttpException instead to change the response.",
    },
    {
      question: 'What do non-Laravel clients and tools make of a 419?',
      answer:
        "They fall back to the class: RFC 9110 §15 requires an unrecognized code to be handled as the x00 of its class, so generic clients and gateways see an unspecified client error. Python's http.HTTPStatus(419) raises ValueError because the number is not in the enum. Nothing refreshes the token unless code checks for 419 explicitly.",
    },
    {
      question: 'Should a 419 log the user out?',
      answer:
        "Not by itself. The token may be stale while the session is still valid, for instance in a form opened in another tab before the user logged in again, since Laravel's login flows regenerate the session and with it the CSRF token; reloading the page fixes that. If the session really expired, the auth middleware redirects the next request to the login page anyway. A 403 never calls for a logout, because the identity is fine.",
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
