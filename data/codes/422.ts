import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 422,
  phrase: 'Unprocessable Content',
  formerPhrases: ['Unprocessable Entity'],
  status: 'standard',
  spec: rfc(9110, '15.5.21'),
  summary:
    'The request body parsed fine and is in a supported format, but what it says cannot be carried out: invalid field values, a broken rule, an impossible instruction.',
  definition:
    'The server understands the content type of the request content, so 415 does not apply, and the syntax of the content is correct, but it was unable to process the contained instructions, for example well-formed but semantically erroneous XML (RFC 9110 §15.5.21). WebDAV introduced it as "Unprocessable Entity" (RFC 4918 §11.2); RFC 9110 moved it into core HTTP because it applies generally (Appendix B.3).',
  whenToUse:
    "For validation failures in a body that parsed: a required field missing, an email address that is not one, an end date before the start date. Use 400 when the body cannot be parsed at all, 415 when its media type is not supported, 409 when a valid request conflicts with the resource's current state (cancelling an order that has already shipped), and 412 when an If-Match condition failed.",
  clientBehavior:
    'Turbo, the default front end in Rails, only renders the response to a form submission when it is a redirect or a 4xx/5xx, which is why Rails scaffolds answer an invalid form with 422 and the re-rendered form.',
  cachingBehavior:
    'It answers a POST, PUT or PATCH whose body was rejected, and since it is an error, caches keep their stored representation of the target (RFC 9111 §4.4), which is correct because nothing changed.',
  seoImpact:
    'Crawlers do not submit forms or send request bodies, so they do not receive 422. What matters is that the GET of a form page answers 200; only the POST that fails validation should get 422.',
  apiImpact:
    'Framework defaults disagree: FastAPI, Laravel (for JSON requests), Rails and the GitHub REST API answer validation errors with 422, while Spring and ASP.NET Core answer a failed model validation with 400. Pick one per API, document it, and return machine-readable field errors, for example as RFC 9457 problem details with a member listing the invalid fields.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'The same body fails the same validation. Correct the values named in the error response and resend; when a rule depends on server state, such as a time slot that was free a moment ago, reload that state first.',
  },
  scenarios: [
    'A sign-up form posts {"email": "bob@", "age": -3}; the JSON parses, and the API answers 422 naming both fields as invalid.',
    'A FastAPI endpoint declares an integer field and receives "abc"; FastAPI answers 422 with a detail list giving the location and reason of each error.',
    'A Rails app re-renders a sign-up form with its error messages and status 422, so Turbo shows it instead of ignoring the response.',
    'Creating a repository through the GitHub REST API with a name that already exists on the account fails with 422 "Validation Failed".',
  ],
  mistakes: [
    'Returning 422 for JSON that does not parse: a syntax error is 400, while 422 asserts the syntax was correct.',
    'Returning 200 with {"errors": [...]} for invalid input, so clients, retry logic and monitoring count a rejected submission as a success.',
    'Using 422 when the content type is wrong, such as XML sent to a JSON-only endpoint; RFC 9110 §15.5.21 points to 415 for that.',
    'Answering a failed HTML form submission with 200 in a Turbo app: Turbo refuses to render it, and the user sees no error messages.',
  ],
  related: [400, 409, 415, 412],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
