import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 401,
  phrase: 'Unauthorized',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.5.2'),
  summary:
    'The request lacks valid credentials for this resource, and the WWW-Authenticate header says how to authenticate. Despite the name, it means "not authenticated"; a caller who is known but not allowed gets 403.',
  definition:
    'The request has not been applied because it lacks valid authentication credentials for the target resource, and the server MUST send a WWW-Authenticate header field with at least one challenge for that resource (RFC 9110 §15.5.2). If the request did carry credentials, the 401 means they were refused; the user agent MAY repeat the request with a new or replaced Authorization header field (RFC 9110 §15.5.2).',
  whenToUse:
    'When credentials are missing, invalid (a wrong password, an expired or revoked token) or partial, as in the first round trip of a multi-step scheme; RFC 9110 §11.4 says the origin SHOULD then send 401 with a challenge. When the credentials are valid but not adequate, send 403 (RFC 9110 §11.4). When a forward proxy rather than the origin wants credentials, the proxy sends 407.',
  clientBehavior:
    'Browsers show their built-in login dialog when the challenge uses a scheme they implement, such as Basic or Digest, resend the request with Authorization, and may reuse those credentials across the same protection space (RFC 9110 §11.5). They do not prompt for schemes like Bearer, so single-page apps handle those 401s in code. If the same challenge returns after an attempt, the user agent SHOULD show the response body instead of asking again (RFC 9110 §15.5.2). curl sends credentials only when given them (-u), and --anyauth lets it pick the scheme from the challenge.',
  cachingBehavior:
    'A cache stores a 401 only when Cache-Control or Expires explicitly allows it (RFC 9111 §3). Do not allow it: a cache matches stored responses by URI, method and the request fields named in Vary, not by Authorization (RFC 9111 §4), so a stored 401 could answer a later request that carries valid credentials. The authenticated 200 that follows is protected separately: a shared cache reuses it only if Cache-Control has public, s-maxage or must-revalidate (RFC 9111 §3.5).',
  seoImpact:
    "Googlebot does not log in, so pages behind a 401 stay out of Google's index, which is the point for private content. Google documents that every 4xx except 429 removes an indexed URL, so a staging password or access rule accidentally left in front of public pages takes them out of search.",
  apiImpact:
    'Token APIs answer a missing, expired or revoked token with 401 and a Bearer challenge, e.g. WWW-Authenticate: Bearer error="invalid_token", and a valid token that lacks scope with 403 and error="insufficient_scope" (RFC 6750 §3.1); a request with no credentials at all gets a challenge without an error code (RFC 6750 §3.1). Clients use the 401 as the cue to refresh the access token once and replay the call; treating 403 the same way produces refresh loops.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [
    header(
      'WWW-Authenticate',
      'MUST',
      rfc(9110, '15.5.2'),
      'At least one challenge for the target resource, e.g. Basic realm="admin" or Bearer; many clients fail to parse an unknown scheme, so list well-supported schemes such as Basic first (RFC 9110 §11.3).',
    ),
  ],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Do not resend the request unchanged. Repeat it with new or replaced credentials in Authorization (RFC 9110 §15.5.2), for example after refreshing an OAuth token or asking the user, and stop if the same challenge comes back: RFC 9110 §15.5.2 says the user agent SHOULD then show the response.',
  },
  scenarios: [
    'An API call carries an access token that expired a minute ago; the API answers 401 with WWW-Authenticate: Bearer error="invalid_token", and the client uses its refresh token and replays the call.',
    'A staging site protected with HTTP Basic authentication (nginx auth_basic) makes the browser open its login dialog on the first visit.',
    'curl -i against an API without an Authorization header prints the 401 and its challenge, which tells the developer which scheme the API expects.',
    'An intranet answers WWW-Authenticate: Negotiate, and browsers on domain-joined machines sign in with Kerberos without a prompt when the site is on their allowed list.',
  ],
  mistakes: [
    'Answering 401 to a logged-in user who lacks permission: the client concludes its credentials are bad, refreshes tokens or logs the user out, and still fails; that case is 403 (RFC 9110 §11.4).',
    "Dropping WWW-Authenticate to stop the browser's login dialog: the field is a MUST (RFC 9110 §15.5.2); use a scheme browsers do not prompt for, such as Bearer.",
    'Requiring credentials on CORS preflight OPTIONS requests: browsers never send credentials on a preflight, so it fails with 401 and the real request is never made.',
    'Caching a 401 with max-age and no Vary: Authorization, so a shared cache replays the challenge to users who have since signed in.',
  ],
  related: [403, 407, 511, 440, 419],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
