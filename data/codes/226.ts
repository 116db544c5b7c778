import { header } from '../headers.ts';
import { rfc } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 226,
  phrase: 'IM Used',
  formerPhrases: [],
  status: 'standard',
  spec: rfc(3229, '10.4.1'),
  summary:
    'The server answered a GET with a delta (or another "instance manipulation") instead of the full document, because the client said which manipulations it accepts and which version it already holds.',
  definition:
    'Defined by RFC 3229 (delta encoding in HTTP): the server has fulfilled a GET and the response is the result of one or more instance-manipulations applied to the current instance, which the client may only be able to rebuild by combining it with responses it already has (RFC 3229 §10.4.1). The request MUST have included an A-IM header field listing at least one instance-manipulation, and the response MUST include an ETag giving the entity tag of the current instance (RFC 3229 §10.4.1).',
  whenToUse:
    "Only in answer to a GET that carries A-IM with a manipulation you support (for delta codings such as vcdiff, A-IM also requires an If-None-Match naming the base versions the client holds, RFC 3229 §10.5.3), when sending that manipulation is smaller than the full body. If the client sent no A-IM, or you hold none of the listed base versions, send a normal 200; if the client's version is current, 304 is the answer.",
  clientBehavior:
    'MDN notes that browsers do not support delta encoding in HTTP: they send no A-IM of their own, so ordinary page loads never receive a 226. A client that asked for a delta applies it to the stored base instance (the one named in Delta-Base, which a delta response MUST carry when the request listed more than one entity tag, RFC 3229 §10.5.1) and stores the result under the new ETag. HTTP libraries without RFC 3229 support hand the raw delta to the caller as if it were the document.',
  cachingBehavior:
    'RFC 3229 §10.4.1 says a cache MAY store a 226 and reuse it for later requests, subject to the HTTP expiration mechanism, any Cache-Control and the rules of RFC 3229 §10.6; it MAY also combine the 226 with a stored base instance to create an entry for the current instance. A shared cache that does not implement RFC 3229 but honours an explicit max-age could reuse the delta for a later GET that never sent A-IM; send "Cache-Control: must-understand, no-store" so only caches that understand 226 store it (RFC 9111 §5.2.2.3).',
  seoImpact:
    'None in practice: crawlers do not send A-IM, so a correct server never answers them with 226. A server that sent 226 to a crawler would be handing it a fragment of the page.',
  apiImpact:
    'Delta encoding saves bandwidth for large, slowly changing resources, but every hop must understand it: if a proxy or client library drops A-IM handling, the delta is taken for the whole document. For incremental sync most APIs use an explicit cursor or "changes since" endpoint returning 200 instead, which needs no HTTP-level support.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [
    header(
      'ETag',
      'MUST',
      rfc(3229, '10.4.1'),
      'The entity tag of the current instance, i.e. the full document after the client applies the delta, not a tag of the delta bytes (RFC 3229 §10.4.1).',
    ),
    header(
      'Delta-Base',
      'MUST',
      rfc(3229, '10.5.1'),
      'Required when the IM header names a delta coding and the request listed more than one entity tag in If-None-Match, so the client knows which stored version to patch; otherwise MAY (RFC 3229 §10.5.1).',
    ),
  ],
  retry: {
    rule: 'not-needed',
    advice:
      'The GET can be repeated freely. If the client cannot apply the delta (its base copy is gone or corrupt), it should repeat the GET without A-IM and If-None-Match to get a full 200.',
  },
  scenarios: [
    'A sync client holds version "abc" of a large text file and sends "A-IM: vcdiff" with If-None-Match: "abc"; the server answers 226 with IM: vcdiff, Delta-Base: "abc", the new ETag and a body of a few hundred bytes.',
    'A feed reader sends "A-IM: feed" with the ETag of its last fetch, and a server implementing that informal extension answers 226 with only the entries added since then.',
    'A health-check endpoint behind a load balancer returns 226 because the balancer only accepts 2xx codes and someone picked an unused-looking one; monitoring tools then report an odd status that means nothing here.',
  ],
  mistakes: [
    'Sending 226 to a request without A-IM: RFC 3229 §10.4.1 says the request MUST have included it, and a client that did not ask for a delta stores the delta as the document.',
    'Leaving out the ETag, or sending the tag of the delta instead of the reconstructed instance: the client cannot name its base in the next If-None-Match and the delta chain breaks.',
    'Computing the delta against a base the client did not list in If-None-Match: the client applies it to the wrong version and silently corrupts its copy.',
    'Borrowing 226 as a spare 2xx to carry an application meaning such as "updated" or "node draining": clients and tools read it as a delta response.',
  ],
  related: [200, 304, 206, 203],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
