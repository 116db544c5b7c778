import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 440,
  phrase: 'Login Time-out',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Microsoft Exchange (Outlook Web Access)',
  spec: documentSource(
    'How to Troubleshoot the 440 Login Timeout Error Message in Outlook Web Access (Exchange Server 2007)',
    'https://technet.microsoft.com/en-us/library/dd789741(v=EXCHG.80).aspx',
  ),
  summary:
    'Microsoft\'s code for "your login session is no longer valid, sign in again", met almost only in Outlook Web Access (Outlook on the web) running on IIS.',
  definition:
    'Exchange Server\'s Outlook Web Access, which runs on IIS, answers with "440 Login Timeout" when its sign-in session is not valid, and its web client then sends the user back to the sign-in page. Microsoft\'s Exchange 2007 troubleshooting article documents the error at logon, caused by permission or authentication problems in IIS or the IIS metabase rather than by an actual timeout.',
  whenToUse:
    'Do not use it outside the Microsoft products that already send it. An expired or missing session in your own application is a 401 for API requests (with WWW-Authenticate), or a redirect to the login page for browser navigation.',
  clientBehavior:
    'The Outlook on the web client recognises it and returns to the sign-in page; generic HTTP libraries and monitoring tools just see a client error.',
  cachingBehavior: "It reflects one user's session state and should not be stored by shared caches.",
  seoImpact:
    'Crawlers do not log in to Outlook on the web, and public sites do not use the code, so it has no SEO relevance; a crawler that did receive it would see an ordinary 4xx.',
  apiImpact:
    'Scripts that call OWA or Exchange web endpoints with a stored session cookie should treat 440 as "re-authenticate", the same way they treat 401, and then repeat the request once.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      "Repeating the request with the same session fails again. Sign in anew, then repeat the original request; if 440 appears right at logon, the cause is the server's IIS authentication or permission configuration, which no client retry fixes.",
  },
  scenarios: [
    'An Outlook on the web tab left open overnight sends a request with an expired session cookie, gets 440 and returns to the sign-in page.',
    "After an Exchange update, users are sent back to the sign-in page when they click Reply, and the browser's developer tools show 440 responses.",
    'An Exchange 2007 administrator sees "440 Login Timeout" at every OWA logon and follows Microsoft\'s steps: re-create the OWA virtual directories and resynchronise the IIS account passwords.',
  ],
  mistakes: [
    'Reusing 440 in a non-Microsoft application for session expiry: browsers, libraries and proxies read it as a plain 400, and 401 already carries the meaning.',
    'Assuming the "timeout" in the phrase means slowness; it is about the login session, and at OWA logon it often points to an IIS authentication misconfiguration.',
  ],
  related: [401, 419, 403],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
