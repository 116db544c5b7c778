import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 508,
  phrase: 'Loop Detected',
  formerPhrases: [],
  status: 'standard',
  otherUses: [
    {
      vendor: 'CloudLinux (mod_hostinglimits)',
      meaning:
        'On CloudLinux shared hosting, mod_hostinglimits rejects a request with 508 when the account has reached its entry-processes limit (maxEntryProcs, the concurrent requests entering its LVE). 508 is the default of the LVEErrorCode directive, which accepts 500 to 510, and the default message reads "Resource Limit Is Reached."',
      source: 'https://docs.cloudlinux.com/cloudlinuxos/cloudlinux_os_components/#lveerrorcode',
    },
  ],
  spec: rfc(5842, '7.2'),
  summary:
    'A WebDAV server stopped a "Depth: infinity" operation because the collection tree it was walking contains a cycle, and the whole operation failed.',
  definition:
    'Defined by RFC 5842 (Binding Extensions to WebDAV, an Experimental RFC) §7.2: the server terminated an operation because it encountered an infinite loop while processing a request with "Depth: infinity", and the entire operation failed. Bindings let one collection appear under several URLs, including inside itself, which is how such loops arise; the same RFC defines 208 (Already Reported) so that a PROPFIND response can list each bound collection once instead of looping (RFC 5842 §7.1).',
  whenToUse:
    'Only for a Depth: infinity request (PROPFIND, COPY, MOVE, DELETE, LOCK on a collection) whose traversal revisits a collection it is already inside. It is not a general "something looped" code: a redirect loop is the client following 3xx responses, and a request cycling between your own services is a 500 or 502 at the point that detects it.',
  clientBehavior:
    'WebDAV clients report the operation as failed, which is what RFC 5842 §7.2 states: the entire operation failed. Browsers never send Depth: infinity and show a 508 like any other server error page.',
  cachingBehavior: 'The methods that trigger it are WebDAV methods whose responses caches do not store.',
  seoImpact:
    'Crawlers do not send WebDAV requests, so a WebDAV 508 never reaches them. The 508 that CloudLinux hosts send when an account hits its entry-processes limit ("Resource Limit Is Reached.") does reach crawlers, like any other server error.',
  apiImpact:
    'A client that gets 508 on PROPFIND with Depth: infinity can fall back to walking the tree with Depth: 1 requests and tracking the collections it has already visited. Servers that support bindings can avoid the loop entirely by answering with 207 Multi-Status and 208 for repeated members.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'The same request will loop again. Retry with a smaller Depth (0 or 1) and traverse the collection yourself, or remove the binding that creates the cycle.',
  },
  scenarios: [
    'A WebDAV server that supports BIND has /a/ bound inside /a/b/; a PROPFIND with Depth: infinity on /a/ would walk the same collection forever, so the server answers 508.',
    'A COPY with Depth: infinity of a collection whose bindings form a cycle is rejected with 508 instead of filling the disk with an endless copy.',
    'On a CloudLinux shared host, a busy WordPress site shows "Resource Limit Is Reached." with status 508: mod_hostinglimits refused the request because the account reached its entry-processes limit, not because of a WebDAV loop.',
  ],
  mistakes: [
    'Returning 508 for an HTTP redirect loop or a microservice call cycle; clients and monitoring expect it only from WebDAV traversals.',
    'Hosting platforms answering with 508 when an account hits its entry-process limit: the condition is overload, which 503 (with Retry-After) or 429 describe.',
    'Assuming part of a Depth: infinity COPY or MOVE went through; §7.2 says the entire operation failed.',
  ],
  related: [208, 207, 500, 509],
  updated: '2026-12-06',
} satisfies StatusCodeInput;
