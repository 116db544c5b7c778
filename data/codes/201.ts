import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 201,
  phrase: 'Created',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.3.2'),
  summary:
    'The request created one or more new resources; the Location header, or failing that the request URI itself, identifies the main one.',
  definition:
    'The request has been fulfilled and has resulted in one or more new resources being created; the primary resource is identified by the Location header field or, if no Location is received, by the target URI (RFC 9110 §15.3.2). The content typically describes and links to what was created, and any ETag or Last-Modified sent with it are the validators of the new representation.',
  whenToUse:
    "When the resource exists at the moment you respond: after a POST that created something, with Location pointing at it (RFC 9110 §9.3.3 says SHOULD), and after a PUT that created a resource that had no current representation, where 201 is a MUST (RFC 9110 §9.3.4). If creation is only queued, send 202; if a PUT replaced an existing resource, send 200 or 204; if a POST's result is equivalent to an existing resource, RFC 9110 §9.3.3 allows a 303 to that resource instead.",
  clientBehavior:
    'Browsers render the body of a 201 like a 200 and do not follow its Location: only 3xx responses redirect. HTTP libraries report success and leave Location to your code; a relative value is resolved against the target URI (RFC 9110 §10.2.2). Cross-origin JavaScript can only read Location if the server lists it in Access-Control-Expose-Headers, because it is not a CORS-safelisted response header.',
  cachingBehavior:
    'Responses to PUT are never cacheable (RFC 9110 §9.3.4), and a 201 to POST can only be reused with explicit freshness and a Content-Location equal to the target URI (RFC 9110 §9.3.3). As a non-error response to an unsafe method it makes caches invalidate the target URI, and they MAY also invalidate the URIs in Location and Content-Location (RFC 9111 §4.4).',
  seoImpact:
    'Crawlers request pages with GET, a safe method with which the client requests no state change (RFC 9110 §9.2.1), so a correctly built site has no reason to show a crawler a 201. If a URL does answer 201, Google documents the same handling as for 202: Googlebot waits for the content for a limited time, then passes whatever it received to the indexing pipeline.',
  apiImpact:
    "REST clients take the new resource's URL from Location instead of reconstructing it from a body field, so send a URI that answers GET with 200. Returning the created representation with a Content-Location equal to Location tells the client the body is the current state of the new resource (RFC 9110 §8.7), and an ETag lets it make conditional updates later without a GET (RFC 9110 §8.8).",
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [
    header(
      'Location',
      'SHOULD',
      rfc(9110, '9.3.3'),
      'After a POST, identifies the primary resource created; without it the client can only assume the target URI itself was created (RFC 9110 §15.3.2).',
    ),
  ],
  retry: {
    rule: 'not-needed',
    advice:
      'Do not repeat a POST that returned 201: a second request usually creates a second resource. If the 201 was lost to a timeout, look the resource up first, or make creation repeatable: a PUT to a client-chosen URI with If-None-Match: * gets 412 instead of overwriting (RFC 9110 §13.1.2), and an idempotency key lets the server recognize a duplicate POST.',
  },
  scenarios: [
    'POST /orders with a JSON body returns 201 Created, Location: /orders/8142 and the order as JSON; the client stores the URL for later GET, PATCH and DELETE requests.',
    'A WebDAV client uploads a file that did not exist with PUT /docs/report.pdf and gets 201; uploading a new version to the same URL later returns 200 or 204, because that PUT replaced an existing resource.',
    'A single-page app on app.example posts a comment to api.example; fetch() resolves with status 201 and ok true, but response.headers.get("Location") returns null until the API adds Access-Control-Expose-Headers: Location.',
  ],
  mistakes: [
    'Returning 201 for a job that has only been queued: the URL in Location answers 404 until the job finishes, whereas 202 states that nothing exists yet.',
    'Omitting Location after a POST, so clients must fish the new ID out of an ad-hoc body field or wrongly assume the POST URI itself was created (RFC 9110 §15.3.2).',
    'Answering 200 to a PUT that created a resource: RFC 9110 §9.3.4 requires 201, and clients that distinguish "created" from "replaced" lose that information.',
    'Sending an ETag after a PUT whose content was transformed before storage (normalized JSON, re-encoded images): RFC 9110 §9.3.4 forbids validators unless the stored data is identical to what was sent, because the client would believe its copy is current.',
  ],
  related: [200, 202, 204, 303, 409],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
