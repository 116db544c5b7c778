import { documentSource } from '../sources.ts';
import type { StatusCodeInput } from '../schema.ts';

export default {
  code: 449,
  phrase: 'Retry With',
  formerPhrases: [],
  status: 'unofficial',
  vendor: 'Microsoft',
  spec: documentSource(
    '[MS-WDV]: Web Distributed Authoring and Versioning (WebDAV) Protocol: Client Extensions',
    'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-wdv/83ecf19f-e0f8-4706-aae5-ba618f52f100',
    '2.2.6',
  ),
  summary:
    'A Microsoft extension meaning "the request lacked information the server needs; do the required step and send it again", used by Windows WebDAV extensions and by Exchange ActiveSync.',
  definition:
    'Microsoft\'s [MS-WDV] §2.2.6 defines it: the request cannot be satisfied because insufficient information was provided by the client; its ABNF even spells the reason phrase "Reply With". Per [MS-WDV], a server sending it MUST include the Ms-Echo-Request header and MUST NOT send it in reply to a request that already carries Ms-Echo-Reply; a client that supports it MUST process the body, SHOULD NOT display it, and MUST repeat the request with an Ms-Echo-Reply header ([MS-WDV] §3.1.5.5). Exchange ActiveSync servers also answer 449 when a device must run the Provision command to obtain the current security policy before its command is accepted.',
  whenToUse:
    'Only inside the Microsoft protocols that define it. For your own API, say what the client must do first with a registered code: 428 when a conditional request is required, 401 when credentials are missing, or 400 or 422 with a body naming the missing data.',
  clientBehavior:
    "[MS-WDV] §3.1.5.5 says a client that does not support the extension SHOULD treat 449 as an unrecognised status code, which under RFC 9110 §15 means handling it as 400. Windows' WebDAV client and Exchange ActiveSync clients act on it (echo the header, or provision and resend); browsers and generic HTTP libraries show a client error.",
  cachingBehavior: 'It asks for a repeated request with extra information, so there is nothing for a cache to reuse.',
  seoImpact: 'Crawlers never speak the WebDAV or ActiveSync extensions that use it, so it has no SEO relevance.',
  apiImpact:
    'ActiveSync client implementers must handle 449 as "run Provision, then retry the original command with the new policy key"; treating it as a fatal error leaves the device unable to sync. Later ActiveSync protocol versions also signal provisioning needs through status values in the response body.',
  heuristicallyCacheable: false,
  contentAllowed: true,
  headers: [],
  retry: {
    rule: 'never-unchanged',
    advice:
      'Retrying is the intended outcome, but never with the identical request: add what the server asked for (the Ms-Echo-Reply header for [MS-WDV], a completed Provision and policy key for ActiveSync) and send it once more. Under [MS-WDV] the server MUST NOT answer the repeated request, which carries Ms-Echo-Reply, with another 449.',
  },
  scenarios: [
    'A phone sets up an Exchange ActiveSync account and sends FolderSync; the server answers 449, the phone runs the Provision command, applies the mailbox policy, and repeats FolderSync with the new policy key.',
    'The Windows WebDAV client receives 449 with an Ms-Echo-Request header, processes the body silently and resends the request with Ms-Echo-Reply.',
  ],
  mistakes: [
    'Using 449 in a public API for "missing parameter": clients that do not implement the Microsoft extension treat it as a generic 400 and never learn what to add.',
    'Resending the exact same request after a 449 without the echoed header or the provisioning step, which produces the same answer again.',
  ],
  related: [428, 412, 426],
  updated: '2026-11-25',
} satisfies StatusCodeInput;
