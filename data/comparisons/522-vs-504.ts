import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [522, 504],
  theme: 'server and gateway errors',
  intro:
    'Cloudflare users meet 522 where visitors of other CDNs would see a 504, and both read as "the proxy timed out talking to the origin". The timeouts are at different layers, though: Cloudflare\'s unofficial 522 means it could not even complete a TCP connection to the origin or get its request acknowledged, while the standard 504 means some gateway was connected and waited too long for an HTTP response. Behind Cloudflare, a branded 504 has usually come from a gateway inside the origin.',
  pairAspects: [
    {
      aspect: 'Defined by',
      cells: [
        "Cloudflare alone; the number is unregistered and carries no meaning outside Cloudflare's documentation.",
        'The standard code of RFC 9110 §15.6.5, which nginx, HAProxy, Envoy and cloud load balancers all use for their own upstream timeouts.',
      ],
    },
    {
      aspect: 'What timed out',
      cells: [
        'The TCP layer: the handshake, or the acknowledgement of the request, failed before any HTTP response could begin.',
        "The HTTP exchange: the gateway had (or was making) a connection and no timely response arrived; nginx's proxy_connect_timeout and proxy_read_timeout both end in 504.",
      ],
    },
    {
      aspect: 'Did the application see the request?',
      cells: [
        'Not in the handshake case, where no connection existed; in the ACK case delivery is uncertain, since the origin never acknowledged the request.',
        'Often yes, when a read timeout fired: the application may be working on it or have finished it.',
      ],
    },
    {
      aspect: 'Can the limit be changed?',
      cells: [
        'No: Cloudflare lists both the 19-second connection and 90-second ACK limits as not configurable.',
        "Yes, by whoever runs the gateway that produced it, such as your origin's proxy_read_timeout; Cloudflare's own wait for an HTTP response ends in 524, not 504.",
      ],
    },
  ],
  keyDifference:
    'A 522 means Cloudflare never got a working TCP connection to the origin in time; a 504 means a connected gateway waited too long for an HTTP answer.',
  decisionRule:
    'On a 522, check reachability: is the origin up, does its firewall accept all of Cloudflare\'s published IP ranges, and does the DNS record point at the current origin address; on a 504 behind Cloudflare, read the origin\'s proxy error log for "upstream timed out". In your own gateways, report connection timeouts as the standard 504, as nginx does, and leave 522 to Cloudflare.',
  commonMistake:
    "Debugging a 522 the way you would a 504, in the application log and the origin proxy's error log: a 522 leaves no trace there, because Cloudflare's TCP connection never completed or its request was never acknowledged. The evidence is in firewall drop counters, the hosting provider's network filtering, or a packet capture on the origin's public interface filtered on Cloudflare's addresses.",
  faq: [
    {
      question: 'Why does Cloudflare say 522 when my own nginx would say 504 for the same dead host?',
      answer:
        'Cloudflare splits connection failures by cause (521 for a refused connection, 522 for a connection attempt that timed out, 523 for an unreachable origin), while nginx folds an expired proxy_connect_timeout into the standard 504. The situation on the wire is the same; Cloudflare simply uses extra numbers to say which TCP step failed.',
    },
    {
      question: 'My origin answers fine when I test it directly. Why does Cloudflare still get 522?',
      answer:
        "Your test comes from your own address, while the failing packets come from Cloudflare's ranges, which a firewall may drop, and the address you tested may not be the one in the Cloudflare DNS record. Test the exact address from that record with curl --resolve example.com:443:<origin-ip> https://example.com/, and compare firewall counters for Cloudflare's ranges; a 504, by contrast, reproduces from any client because it is about slowness, not reachability.",
    },
    {
      question: 'Can a 522 happen with no origin server problem at all?',
      answer:
        'Yes, through configuration inside Cloudflare. Its documentation lists an Origin Rule whose resulting hostname resolves to a reserved address such as 100:: or 192.0.2.0, and a CNAME pointing at a Cloudflare Pages project without the hostname being added as a custom domain of that project. Apart from the cache-generated cases of RFC 9111 §5.2.1.7 and §5.2.2.2, a 504 always reports a gateway that actually waited on a server.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
