import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [302, 307],
  theme: 'redirects',
  intro:
    'Both are temporary: the client follows the Location this once and keeps the original URL for next time. For GET requests they behave identically, which is why most frameworks still default to 302. The choice matters the moment the redirected request is a POST, PUT or DELETE, because only the 307 guarantees that the method and body reach the new URL.',
  pairAspects: [
    {
      aspect: 'Method on automatic follow',
      cells: [
        "A user agent MAY change POST to GET (RFC 9110 §15.4.3). Browsers rewrite only POST, while Python requests and Go's http.Client send every method except HEAD as GET.",
        'The user agent MUST NOT change the method if it follows automatically (RFC 9110 §15.4.8); browsers, curl -L and Python requests all repeat it.',
      ],
    },
    {
      aspect: 'Request body and content headers',
      cells: [
        'Dropped whenever the method became GET, together with Content-Type, Content-Length and the other content-specific fields (RFC 9110 §15.4).',
        'Sent again unchanged, with its Content-Type, so the target receives the same payload as the original URL would have.',
      ],
    },
    {
      aspect: 'Origin of the code',
      cells: [
        'HTTP/1.0 (RFC 1945) as "Moved Temporarily", originally method-preserving, until user agents converged on rewriting POST to GET (RFC 9110 §15.4); RFC 2616 renamed it "Found".',
        'Added by RFC 2616 in 1999 to state the method-preserving meaning that 302 had lost in practice (RFC 9110 §15.4).',
      ],
    },
    {
      aspect: 'Framework helpers',
      cells: [
        "The Servlet API's sendRedirect and Laravel's redirect() join the other helpers that send it when no status is given.",
        "Default of Starlette and FastAPI RedirectResponse (so FastAPI's trailing-slash redirects appear as 307 in logs) and of Next.js redirect() outside Server Actions; ASP.NET Core offers RedirectPreserveMethod.",
      ],
    },
  ],
  keyDifference:
    'A 302 lets clients turn a redirected POST into a GET and drop its body; a 307 forbids any method change, so the identical request, body included, goes to the temporary URL.',
  decisionRule:
    'For GET-only traffic either code works and 302 is the conventional one. If the redirected request may be a POST, PUT, PATCH or DELETE whose body the target must receive (an API temporarily served from another host, a write routed to another region), send 307. If you want the client to fetch a result page with GET after a write, send 303 rather than counting on the 302 rewrite.',
  commonMistake:
    'Switching every redirect to 307 because it is "the correct temporary redirect", including the one that sends unauthenticated form submissions to the sign-in page: the browser then POSTs the user\'s form fields to /login, where the login handler rejects them or misreads them as credentials, and data is sent to a URL that was never meant to receive it.',
  faq: [
    {
      question: 'Why did my JSON body vanish after a 302?',
      answer:
        'The client followed the redirect with GET, which RFC 9110 §15.4.3 allows for a POST, and RFC 9110 §15.4 then has it remove Content-Type, Content-Length and the other content fields. The target sees a GET with no payload and usually answers 405 or 404. A 307 from the server, or a client call aimed at the final URL, avoids it.',
    },
    {
      question: 'Should an HTTP client library follow a 307 for a POST automatically?',
      answer:
        'RFC 9110 §15.4 says automatic redirection of unsafe methods "needs to be done with care", and it only MAY happen. In practice curl -L, Python requests and browsers re-send the POST, and Go does so when it can rebuild the body. Check that the Location host is one you trust before a library forwards a body or credentials to it.',
    },
    {
      question: 'What is the 307 counterpart of res.redirect(url) in other frameworks?',
      answer:
        'Express: res.redirect(307, url). Flask: redirect(url, code=307). Rails: redirect_to url, status: :temporary_redirect. ASP.NET Core: RedirectPreserveMethod(url). Spring: a ResponseEntity with HttpStatus.TEMPORARY_REDIRECT and a Location header. Each keeps the same method and body on the follow-up, so test with a POST rather than a browser visit.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
