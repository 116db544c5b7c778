import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 205,
  phrase: 'Reset Content',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(9110, '15.3.6'),
  summary:
    'The request succeeded and the server asks the client to reset the form or editor that sent it, ready for the next entry. Browsers do not do the reset themselves; page scripts have to.',
  definition:
    'The server has fulfilled the request and wants the user agent to reset the "document view" that caused the request to its original state as received from the origin server (RFC 9110 §15.3.6). It serves repeated data entry: a form, notepad or canvas is submitted, then cleared for the next input. Since no further content is implied, a server MUST NOT generate content in a 205.',
  whenToUse:
    'For data-entry endpoints whose client is known to act on it, typically your own script that clears the form when it sees 205. Plain HTML forms get nothing from it, because browsers do not reset forms on a 205: use a 303 redirect to a fresh form, or 204 and reset the form in script. Frame the empty response with Content-Length: 0 or an empty chunked body, since unlike 204 a 205 is not defined as bodiless by the message framing (RFC 9110 §6.4.1).',
  clientBehavior:
    'A form submission answered with 205 leaves the browser on the current page, as with 204, but MDN notes that browsers do not reset the form or any other content natively. fetch() resolves with ok true and an empty body, and the page\'s script decides what "reset" means: form.reset(), clearing a canvas, reloading a widget.',
  cachingBehavior:
    'There is nothing worth storing anyway. A 205 to a POST or PUT is a non-error response to an unsafe method, so caches on the path invalidate what they stored for the target URI (RFC 9111 §4.4).',
  seoImpact:
    "Practically none: a 205 answers form submissions, which crawlers do not make, and Google's documentation on how status codes affect Search does not cover it.",
  apiImpact:
    'Rare in APIs: it only adds meaning when the client is a user interface. Generic API clients treat it like 204, so it is safer to document 204 and let the UI decide to reset, unless you control both sides.',
  heuristicallyCacheable: false,
  contentAllowed: false,
  headers: [],
  retry: {
    rule: 'not-needed',
    advice:
      'Do not resubmit: the entry was accepted, and a 205 typically answers a POST, so sending it again records a second entry. Reset the input instead and let the user submit the next one.',
  },
  scenarios: [
    'A data-entry screen posts each inventory item with fetch(); on 205 the script calls form.reset() and focuses the first field for the next item.',
    'A drawing app saves the canvas with POST and receives 205, and its script clears the canvas for a new sketch.',
    'A developer tests a classic HTML form against an endpoint returning 205 and finds the page unchanged with the old values still in the fields.',
  ],
  mistakes: [
    'Expecting browsers to clear the form on a 205: they stay on the page and leave its fields as they were, so without script the user sees old values and may submit them twice.',
    'Sending a body with a 205, which RFC 9110 §15.3.6 forbids.',
    'Leaving the empty 205 without Content-Length or chunked framing on a persistent HTTP/1.1 connection: unlike a 204, its end is not implied, so the client may wait for a body until the connection closes.',
  ],
  related: [204, 200, 303, 201],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
