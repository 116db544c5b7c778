import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [425, 429],
  theme: 'rate limiting and availability',
  intro:
    'Unlike most 4xx codes, both invite the client to send the request again, and the phrase "Too Early" sounds like "too soon", so a 425 in the logs of a CDN that enabled 0-RTT is easily taken for throttling. The conditions behind them have nothing in common. A 425 concerns when the request arrived during the TLS 1.3 handshake; a 429 concerns how many requests the client has made.',
  pairAspects: [
    {
      aspect: 'What the retry must change',
      cells: [
        'Only its timing within the connection: resend once the handshake has completed and never in early data (RFC 8470 §5.2); no further delay is needed.',
        "The client's rate: wait as long as Retry-After says, or back off, because the same quota is still being counted (RFC 6585 §4).",
      ],
    },
    {
      aspect: 'Requests that can receive it',
      cells: [
        'Only those that arrived in early data or carry Early-Data: 1; a server SHOULD NOT send it to any other request (RFC 8470 §5.2).',
        'Any request from a client over its limit, on any HTTP version and whether or not TLS early data was involved.',
      ],
    },
    {
      aspect: 'Who performs the retry',
      cells: [
        'Normally the HTTP stack itself: clients that use early data MUST retry on 425 (RFC 8470 §4), so application code rarely sees one.',
        'Application code or its retry library, which has to honour the delay; nothing in the protocol makes the retry automatic.',
      ],
    },
  ],
  keyDifference:
    'A 425 asks for the same request again once the TLS handshake is complete; a 429 asks the client to send fewer requests and to wait before the next one.',
  decisionRule:
    'If a request came in TLS early data (or carries Early-Data: 1) and acting on a replayed copy could do harm, answer 425 and let the client resend after the handshake. If the client has used up a request quota, answer 429 with Retry-After, whatever TLS mode carried the request.',
  commonMistake:
    'Feeding 425 into the same retry policy as 429, so a request that would succeed on an immediate resend over the completed connection is delayed by seconds of backoff or abandoned after a few attempts. The reverse error, resending a 429 at once as if it were a 425, spends more of the exhausted quota and can prolong the block.',
  faq: [
    {
      question: 'Should a 425 carry Retry-After?',
      answer:
        'RFC 8470 defines no such field for it, and there is nothing to wait for: the condition ends when the handshake does, typically within one round trip. Retry-After belongs with 429, where RFC 6585 §4 makes it optional but useful, since the wait there can last minutes.',
    },
    {
      question: 'Where do 425 responses come from if my application never sends them?',
      answer:
        'From a gateway that accepts 0-RTT on your behalf. RFC 8470 §6.1 says a gateway MUST NOT forward early-data requests to an origin unless it knows the origin understands Early-Data, and one that is unsure SHOULD either wait for the handshake to complete or answer 425 itself.',
    },
    {
      question: 'Do 425 retries add load the way 429 retries do?',
      answer:
        'They can. RFC 8470 §6.3 warns that generating 425 or 503 often leads clients to retry and so increases load, and says a server under load SHOULD prefer rejecting early data as a whole at the TLS layer. A rate limiter that counts every request will count a 425 and its resend as two.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
