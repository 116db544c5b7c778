import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [307, 308],
  theme: 'redirects',
  intro:
    'These are the method-preserving pair: whatever was sent, POST body included, is sent again to the Location. The only thing that separates them is permanence, the same split as between 302 and 301. Confusion usually starts in Chrome DevTools, which shows "307 Internal Redirect" for an http:// request even when the server is configured to answer 301 or 308.',
  pairAspects: [
    {
      aspect: 'URL for later requests',
      cells: [
        'The original: "the client ought to continue using the original target URI for future requests" (RFC 9110 §15.4.8).',
        'The new one, and software that edits links may replace stored references with it (RFC 9110 §15.4.9).',
      ],
    },
    {
      aspect: 'Heuristic caching',
      cells: [
        'Not heuristically cacheable (RFC 9110 §15.1): a cache stores it only when it carries public, max-age, s-maxage or Expires (RFC 9111 §3), so without them the detour ends as soon as the server stops sending it.',
        'Heuristically cacheable (RFC 9110 §15.4.9): browsers and proxies may keep following it without asking the server, long after the configuration changes.',
      ],
    },
    {
      aspect: 'Where method preservation is written',
      cells: [
        'In its own definition: the user agent "MUST NOT change the request method" when it follows automatically (RFC 9110 §15.4.8).',
        'In the note of RFC 9110 §15.4 that presents 307 and 308 as the unambiguous method-preserving codes, and in RFC 7538 (successor of the experimental RFC 7238), which defines 308 as the permanent counterpart of 307.',
      ],
    },
  ],
  keyDifference:
    'Both repeat the same method and body at the Location; a 307 applies to this request only, while a 308 tells clients, caches and search engines to use the new URL from now on.',
  decisionRule:
    'If the new URL is where the resource lives from now on (an API version moved to a new path, a renamed host), send 308. If the detour is conditional or may end (failover to another region, a maintenance host, a per-request routing decision), send 307.',
  commonMistake:
    'Using 308 for failover or load-shedding between regions: clients that cached the heuristically cacheable redirect keep sending writes to the standby after the primary recovers, and Google, which treats 308 like 301, can start showing the standby hostname in results.',
  faq: [
    {
      question: 'Why does Chrome show "307 Internal Redirect" when my server sends 301?',
      answer:
        "The browser made it up. Once a site has sent Strict-Transport-Security, or is on the HSTS preload list, Chrome rewrites http:// to https:// before any request leaves and displays that as a 307 with the header Non-Authoritative-Reason: HSTS. Your server's own redirect is not involved; curl -I http://… shows what it really sends, and chrome://net-internals/#hsts shows the stored policy.",
    },
    {
      question: 'Which framework calls produce which code?',
      answer:
        'Next.js redirects() entries give 308 with permanent: true and 307 with permanent: false; its redirect() function answers 307 (303 inside a Server Action) and permanentRedirect() answers 308. ASP.NET Core has RedirectPreserveMethod for 307 and RedirectPermanentPreserveMethod for 308, and Rails uses status: :temporary_redirect or :permanent_redirect.',
    },
    {
      question: 'What keeps a 308 reversible?',
      answer:
        'Give it an explicit lifetime, for example Cache-Control: max-age=3600, while you are still unsure. Explicit freshness overrides the heuristic (RFC 9111 §4.2.2), so caches ask again after an hour instead of deciding for themselves how long the redirect stays valid.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
