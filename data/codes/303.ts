import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 303,
  phrase: 'See Other',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.4.4'),
  summary:
    'The answer to your request is at another URL: fetch it with GET. This is the standard "redirect after POST" that keeps a browser reload from submitting a form twice.',
  definition:
    'The server redirects the user agent to a different resource, named by the URI in Location, which provides an indirect response to the original request; the user agent can retrieve it with GET (or HEAD) and present the result as the answer (RFC 9110 §15.4.4). The new URI is not considered equivalent to the target URI, and the code applies to any method (RFC 9110 §15.4.4). In answer to a GET, it means the server has no transferable representation of the target but points to a resource that describes it (RFC 9110 §15.4.4).',
  whenToUse:
    'After a POST, PUT, PATCH or DELETE whose result should be shown as a separate page or resource: a form that creates an order redirects with 303 to /orders/42, so a reload re-fetches the order instead of re-posting it. RFC 9110 §9.3.3 also names it for a POST whose result is equivalent to an existing resource. If the client must repeat the same method at the new URL, send 307 or 308; if a POST created a resource and the client should stay on the response, 201 with Location is the alternative.',
  clientBehavior:
    'Browsers follow it with GET (HEAD stays HEAD) and drop the request body and content headers, per the Fetch standard; the address bar shows the new URL, so reloading or bookmarking repeats only the GET. Python requests and Go net/http also switch to GET on 303, and curl -L does so for a POST unless --post303 is given.',
  cachingBehavior:
    'A 303 is stored only when it carries explicit freshness (RFC 9111 §3). RFC 2616 said a 303 MUST NOT be cached; RFC 7231 lifted that, which RFC 9110 keeps. The useful caching happens at the target: a GET to the Location URL can be cached and shared, which RFC 9110 §9.3.3 gives as the benefit of redirecting a POST this way.',
  seoImpact:
    'Google documents that Googlebot follows a 303 and treats it as a weak signal that the target should be canonical, like a 302. Crawlers rarely meet it, since it mostly answers form submissions; do not use it for permanent URL moves.',
  apiImpact:
    'The clearest way for an API to say "the result of this write is over there": browsers, Python requests and Go all turn the follow-up into a GET, whereas for 301 and 302 the change is only a tolerated historical habit. Hotwire Turbo expects a 303 after a non-GET form submission before it renders the next page, and Rails apps send redirect_to ... status: :see_other for it. For asynchronous jobs, a status endpoint polled after 202 can answer 303 to the finished result.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [
    header(
      'Location',
      'SHOULD',
      rfc(2616, '10.3.4'),
      'RFC 9110 §15.4.4 gives no requirement keyword: it defines 303 by the URI in Location, so a 303 without one sends the client nowhere. The last specification to state a level, RFC 2616 §10.3.4, said SHOULD.',
    ),
  ],
  retry: {
    rule: 'follow-location',
    advice:
      'Follow it with a GET (or HEAD); that request is safe to make automatically and to repeat. Never re-send the original POST to the Location URL: its action has already been performed.',
  },
  scenarios: [
    'A checkout form POSTs to /orders; the server creates order 42 and answers 303 with Location: /orders/42, so pressing reload on the confirmation page does not place a second order.',
    'A Rails app using Turbo answers a DELETE /comments/7 form submission with redirect_to post_path(@post), status: :see_other, so Turbo fetches the post page with GET.',
    'A job API answers GET /jobs/abc with 303 and Location: /reports/abc once the job has finished, so the client polls one URL and then reads the result.',
  ],
  mistakes: [
    'Answering a form POST with 200 and the result page: a reload asks the user to resubmit the form, and a second submit can duplicate the action.',
    'Using 303 for a permanent move of a page: search engines treat it as a weak, temporary signal; use 301 or 308.',
    'Expecting the follow-up request to carry the original body or method: 303 always turns into a GET, so use 307 or 308 to forward a write.',
  ],
  related: [302, 307, 201, 202, 308],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
