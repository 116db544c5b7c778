import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [401, 403],
  theme: 'authentication and access',
  intro:
    'The reason phrase "Unauthorized" describes what 403 is about, while 401 is really about authentication, so the two get swapped constantly. Frameworks add to the muddle: the same missing login can come back as 401, 403 or a 302 to a login page depending on the authentication setup. Front-end code that treats both as "log the user out" hides the difference until a permissions bug turns into a logout loop.',
  pairAspects: [
    {
      aspect: 'WWW-Authenticate',
      cells: [
        'Required: at least one challenge (RFC 9110 §15.5.2, §11.6.1). Without it a client has no standard way to learn which scheme to use.',
        'Optional: a server MAY send it on any response to say that other credentials might change the outcome (RFC 9110 §11.6.1). Bearer APIs use that for error="insufficient_scope" together with a scope parameter naming what is missing.',
      ],
    },
    {
      aspect: 'Question answered',
      cells: [
        'Who is calling? No usable identity was established: credentials missing, invalid, or still partial in a multi-step scheme (RFC 9110 §11.4).',
        'May this identity do this? The credentials were valid but not adequate (RFC 9110 §11.4), or the refusal does not depend on credentials at all (RFC 9110 §15.5.4).',
      ],
    },
    {
      aspect: 'Framework hook that produces it',
      cells: [
        "The authentication failure path: Spring Security's AuthenticationEntryPoint, ASP.NET Core's Challenge, Laravel's AuthenticationException, DRF's NotAuthenticated.",
        "The authorization failure path: Spring Security's AccessDeniedHandler, ASP.NET Core's Forbid, Laravel's AuthorizationException, DRF's PermissionDenied.",
      ],
    },
  ],
  keyDifference:
    'A 401 means the server could not establish who is calling and says how to authenticate; a 403 means identity is not the problem, or not the fix, and the request is refused.',
  decisionRule:
    'Ask whether a different or fresh credential could change the answer. If the request had no credentials, an expired or malformed token, or a wrong password over HTTP authentication, send 401 with a challenge. If the caller is authenticated but lacks the role, scope or ownership, or the refusal comes from an IP rule or a CSRF check, send 403.',
  commonMistake:
    'Answering an expired session or token with 403: the client\'s refresh-and-retry logic, which keys on 401, never runs, so the user sees "access denied" on every screen until signing out by hand. Logs and dashboards then count every expiry as a permission failure, which hides real authorization bugs among thousands of harmless ones.',
  faq: [
    {
      question: 'Why does Django REST framework return 403 for requests that are not logged in?',
      answer:
        'DRF only sends 401 when the first authentication class on the view can produce a WWW-Authenticate value, because a 401 must carry one. SessionAuthentication cannot, so with it listed first an anonymous request gets 403. Put TokenAuthentication or BasicAuthentication first, or give your class an authenticate_header method, to get 401.',
    },
    {
      question: 'Why does my ASP.NET Core app send 302 instead of 401 or 403?',
      answer:
        'The cookie authentication handler turns a challenge into a redirect to LoginPath and a forbid into a redirect to AccessDeniedPath, which suits browsers but not API clients. It answers 401 only for requests carrying X-Requested-With: XMLHttpRequest; for an API, override Events.OnRedirectToLogin and OnRedirectToAccessDenied to set the status codes directly.',
    },
    {
      question: 'Should a failed login form return 401?',
      answer:
        'Not as a rule: a 401 MUST carry a WWW-Authenticate challenge (RFC 9110 §15.5.2), and an HTML form login is not an HTTP authentication scheme. Apps usually re-render the form with an error, and Rails with Turbo needs a 4xx such as 422 for Turbo to render it. A JSON token endpoint can use 401 with a challenge; OAuth 2.0 token endpoints use 400 with error="invalid_grant" for a bad password (RFC 6749 §5.2).',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
