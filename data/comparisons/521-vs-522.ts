import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [521, 522],
  theme: 'server and gateway errors',
  intro:
    "Both are Cloudflare's errors about reaching the origin, and in both the request got no response from your server. The difference is how the connection failed: refused outright (521) or left unanswered until Cloudflare's timeouts ran out (522). That decides where to look.",
  pairAspects: [
    {
      aspect: 'What happened to the connection',
      cells: [
        "The origin refused it (Cloudflare docs, Error 521): typically nothing listens on the port, or a firewall actively rejects Cloudflare's addresses.",
        "Nothing came back in time: no SYN+ACK within 19 seconds of Cloudflare's SYN, or no acknowledgement of the request within 90 seconds after connecting (Cloudflare docs, Error 522).",
      ],
    },
    {
      aspect: 'How long the visitor waits',
      cells: [
        'Briefly: a refusal comes back as soon as the connection attempt reaches the origin.',
        "Long: the error page appears only after Cloudflare's connection attempts time out.",
      ],
    },
    {
      aspect: 'Most likely cause',
      cells: [
        'The web server is stopped or crashed, or it does not listen on the port the SSL/TLS mode uses: 80 for Flexible, 443 for Full and Full (strict).',
        "Packets silently dropped: a firewall or rate limit discarding Cloudflare's ranges, an overloaded origin, or a DNS record pointing at an IP that is no longer the server's.",
      ],
    },
    {
      aspect: 'Was the request delivered?',
      cells: [
        'No: the connection never opened, so repeating even a POST cannot duplicate work.',
        'Not when the handshake timed out; possibly when the 90-second acknowledgement timed out, so treat a non-idempotent request as possibly applied.',
      ],
    },
  ],
  keyDifference:
    "521 means the origin actively refused Cloudflare's connection, so the host is reachable but not accepting; 522 means nothing came back in time, so packets are being dropped or the server is too overloaded to answer.",
  decisionRule:
    "Neither is yours to send, so the rule is for diagnosis. For a 521, check that the web server runs and listens on the port your SSL/TLS mode uses. For a 522, look for firewall rules or rate limits that drop rather than reject Cloudflare's IP ranges, check the origin's load, and confirm the IP in the DNS record.",
  commonMistake:
    'Treating both as "the server is down" and restarting the web server: that revives a crashed process behind a 521, but a 522 caused by a firewall quietly dropping Cloudflare\'s ranges survives every restart, and allowing only some of the ranges makes the error come and go with the Cloudflare location a visitor is routed through.',
  faq: [
    {
      question: 'How can I tell from a shell which of the two my origin would cause?',
      answer:
        'Connect to the origin\'s IP directly on the port Cloudflare uses, for example curl -v --resolve example.com:443:203.0.113.10 https://example.com/. "Connection refused" at once matches a 521; a connect that hangs until curl gives up matches a 522. Run it from outside your network, since a firewall that drops Cloudflare may admit your own address.',
    },
    {
      question: 'Why do only some visitors get the error?',
      answer:
        "Cloudflare reaches the origin from many addresses, and each visitor is served through a nearby data center. When an origin firewall or rate limiter blocks only some of Cloudflare's IP ranges, requests through those locations are refused (521) or time out (522) while the rest succeed; allow every range Cloudflare publishes.",
    },
    {
      question: 'Can an origin server send 521 or 522 itself?',
      answer:
        "It can write any number on its status line, but these are Cloudflare's own codes, unassigned in the IANA registry, and a client that does not know them treats them as 500 (RFC 9110 §15). An origin that sent 522 would mislead whoever debugs it into chasing a network timeout that never happened.",
    },
  ],
  updated: '2026-12-06',
} satisfies ComparisonInput;
