import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [302, 303],
  theme: 'redirects',
  intro:
    'Post/Redirect/Get works with either code in a browser, because browsers rewrite a POST to GET on 302 as well, so many apps answer form submissions with whatever their framework defaults to, usually 302. The two part ways on requests other than POST and in what the Location means. Rails developers meet the difference when Turbo submits a DELETE with fetch() and a 302 sends that DELETE on to the redirect target.',
  pairAspects: [
    {
      aspect: 'PUT, PATCH or DELETE on the follow-up',
      cells: [
        'Kept by browsers: the Fetch standard rewrites only POST on a 302, so a fetch() DELETE answered with 302 becomes a DELETE of the Location URL. Python requests and Go switch it to GET instead.',
        'Turned into GET by browsers and HTTP libraries alike; only HEAD stays HEAD, since the follow-up is "a GET or HEAD request if using HTTP" (RFC 9110 §15.4.4).',
      ],
    },
    {
      aspect: 'What the Location identifies',
      cells: [
        'The same resource, temporarily found elsewhere; the client keeps using the original URI (RFC 9110 §15.4.3).',
        'A different resource that gives an indirect answer to the request; the new URI "is not considered equivalent to the target URI" (RFC 9110 §15.4.4).',
      ],
    },
    {
      aspect: 'Framework defaults',
      cells: [
        "Spring's RedirectView in its default HTTP/1.0-compatible mode, which delegates to the Servlet sendRedirect.",
        "Spring's RedirectView with http10Compatible set to false, and Next.js redirect() or permanentRedirect() when called in a Server Action.",
      ],
    },
  ],
  keyDifference:
    'A 302 says the same resource is temporarily somewhere else and only historically lets a POST become a GET; a 303 says the answer is a different resource that the client must fetch with GET, whatever method it used.',
  decisionRule:
    'After a write (POST, PUT, PATCH or DELETE) whose outcome the user or client should now view, send 303 to the result. For a GET that should temporarily be served from another URL, send 302. Do not count on a 302 to turn any method other than POST into a GET.',
  commonMistake:
    "Answering a JavaScript or Turbo DELETE with the framework's default 302 after destroying a record: the browser repeats the DELETE against the Location, typically the collection URL such as /posts, which answers 404 or 405, or runs whatever DELETE handler exists there. In the request log it shows up as a second DELETE, on a URL nobody meant to delete, right after the successful one.",
  faq: [
    {
      question: 'For an ordinary HTML form POST, does it matter which one I send?',
      answer:
        'Browsers behave the same: both produce a GET to the Location without the form body, and a reload repeats only that GET. The 303 still states the intent in the protocol, so curl, Python requests and Go follow it as a GET by definition rather than through the historical exception RFC 9110 §15.4.3 allows for POST.',
    },
    {
      question: 'Why did older guides tell you to use 302 instead of 303?',
      answer:
        'RFC 2616 §10.3.4 warned that "many pre-HTTP/1.1 user agents do not understand the 303 status" and suggested 302 for them. That concern is obsolete, but it survives in defaults such as Spring\'s http10Compatible flag, which keeps RedirectView on 302 unless you turn it off.',
    },
    {
      question: 'What does a 303 mean in answer to a GET?',
      answer:
        "That the server has no transferable representation of the target, only a resource describing it (RFC 9110 §15.4.4). Linked Data sites use this for URIs that name things rather than documents, following the W3C TAG's httpRange-14 decision: DBpedia answers a GET for /resource/Berlin with 303 to a page about Berlin. A 302 there would claim the city itself is temporarily at the page URL.",
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
