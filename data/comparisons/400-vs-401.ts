import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [400, 401],
  theme: 'authentication and access',
  intro:
    'Both reject a request before the server acts on it, and both turn up when an API call "does not work", but they blame different parts of the request. A 400 says the message itself is wrong; a 401 says the message may be fine but lacks credentials the server accepts for this resource, and it has to say how to authenticate.',
  pairAspects: [
    {
      aspect: 'What is wrong',
      cells: [
        "The request: malformed syntax, invalid message framing and deceptive request routing are the RFC's examples (RFC 9110 §15.5.1).",
        'The credentials: the request "lacks valid authentication credentials for the target resource" (RFC 9110 §15.5.2).',
      ],
    },
    {
      aspect: 'Required header field',
      cells: [
        'None. The content should explain the error and whether it is temporary or permanent (RFC 9110 §15.5).',
        'WWW-Authenticate with at least one challenge for the target resource, a MUST (RFC 9110 §15.5.2); it tells the client which scheme to use.',
      ],
    },
    {
      aspect: 'What fixes it',
      cells: [
        'Changing the request: the JSON that failed to parse, the missing parameter, the header the server could not read.',
        'Sending credentials, or new ones: the user agent MAY repeat the request with a new or replaced Authorization field (RFC 9110 §15.5.2).',
      ],
    },
  ],
  keyDifference:
    'A 400 rejects the form of the request, and no credential changes that; a 401 rejects the request for want of acceptable credentials and names, in WWW-Authenticate, the scheme that would let it through.',
  decisionRule:
    'For a protected resource, check authentication first: a missing, expired or unverifiable token gets 401 with a challenge. Answer 400 only when the request cannot be parsed or is invalid whoever sends it, and say which part is wrong.',
  commonMistake:
    'Answering "token expired" with 400 and no WWW-Authenticate: client libraries that refresh an access token when they see 401 never do, so the user stays locked out until they sign in again. The reverse slip, 401 for a malformed body, sends clients into a re-login loop that cannot repair the body.',
  faq: [
    {
      question: 'Should an expired access token get 400 or 401?',
      answer:
        '401. RFC 6750 §3.1, which defines the Bearer scheme\'s error codes, maps an expired, revoked or malformed token (error="invalid_token") to 401, and a request that is malformed as a whole, such as one carrying the token both in the header and in the query string, to 400 with error="invalid_request".',
    },
    {
      question: 'Is a 401 without WWW-Authenticate valid?',
      answer:
        'No: RFC 9110 §15.5.2 says the server generating a 401 MUST send WWW-Authenticate containing at least one challenge applicable to the target resource. Without it a generic client cannot tell whether to send Basic credentials, a Bearer token or something else, and a browser shows no login prompt.',
    },
    {
      question: 'Which code should a login endpoint send for a wrong password?',
      answer:
        'The login request is well-formed, so 400 misdescribes it. When the credentials travel in the Authorization field, their rejection is exactly what 401 covers (RFC 9110 §15.5.2: "authorization has been refused for those credentials"). When they travel in a JSON body, keep 400 for a body missing the username field and report bad credentials separately.',
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
