import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [301, 302],
  theme: 'redirects',
  intro:
    'In a browser the two look identical: the address bar changes and the new page loads, so nothing in a quick test tells you which one you shipped. The difference surfaces weeks later, in browser caches that keep replaying a 301 and in search results that still show the old URL after a 302. Both also turn up in the same application, because server configs for HTTPS or domain moves usually emit 301 while framework redirect helpers default to 302.',
  pairAspects: [
    {
      aspect: 'URL for future requests',
      cells: [
        'The new one: "any future references to this resource ought to use one of the enclosed URIs", and software that edits links may rewrite them (RFC 9110 §15.4.2).',
        'The original one, because "the redirection might be altered on occasion" (RFC 9110 §15.4.3); bookmarks and stored links stay as they are.',
      ],
    },
    {
      aspect: 'Stored without Cache-Control or Expires',
      cells: [
        'Yes: heuristically cacheable (RFC 9110 §15.4.2), so browsers and proxies may keep replaying it with no server contact. Cloudflare documents a default edge TTL of 120 minutes for a 301 that carries no cache headers.',
        'Only when the response opts in: a public directive, Expires, max-age or s-maxage lets a cache store it (RFC 9111 §3), and a public 302 without explicit freshness becomes heuristically cacheable (RFC 9111 §5.2.2.9). CDNs can still apply their own defaults: Cloudflare documents 20 minutes at the edge for a 302 without cache headers.',
      ],
    },
    {
      aspect: 'How servers usually emit it',
      cells: [
        'nginx "return 301 …" or "rewrite … permanent", Apache "Redirect permanent", IIS URL Rewrite with its default redirectType="Permanent", Django HttpResponsePermanentRedirect.',
        'nginx "return URL" with no code and "rewrite … redirect", Apache "Redirect" without a status, IIS URL Rewrite with redirectType="Found".',
      ],
    },
  ],
  keyDifference:
    'A 301 tells every client and search engine to replace the old URL with the new one for good; a 302 sends only the current request elsewhere and keeps the old URL as the address to use.',
  decisionRule:
    'If the old URL will never serve its own content again and you are content for browsers to remember the jump indefinitely (a domain change, the move to HTTPS, a restructured path scheme), send 301. If the target depends on time, session, locale or an experiment, or you might switch it off, send 302. When the old URL also receives POST, PUT or DELETE, use 308 or 307 in place of either.',
  commonMistake:
    "Undoing a 301 by adding the reverse redirect: browsers that cached a redirect from A to B now get one from B back to A and loop until Chrome reports ERR_TOO_MANY_REDIRECTS, so a temporary detour shipped as 301 cannot be cleanly withdrawn. The opposite error, moving a whole site with 302, leaves the old URLs in Google's results because it reads a 302 as only a weak hint that the target is canonical.",
  faq: [
    {
      question: 'Can I switch a 301 back to a 302 later?',
      answer:
        'On the server, yes; clients that already stored the 301 will not ask again until their copy goes stale, and RFC 9111 §4.2.2 leaves that heuristic lifetime to each cache (it only suggests a fraction, typically 10%, of the time since Last-Modified). Send an explicit Cache-Control: max-age on every 301 from day one (an hour or a day while a migration is new, longer once it is settled) so that a mistake expires on its own.',
    },
    {
      question: 'Does a 302 pass less ranking value to the target than a 301?',
      answer:
        'Google has said since 2016 that 3xx redirects do not lose PageRank. What differs is which URL Google picks as canonical: the target for a 301, usually the source for a 302. Link value ends up on whichever URL is indexed, so a 302 left in place for a permanent move keeps the old address ranking instead of the new one.',
    },
    {
      question: 'Which should the HTTP-to-HTTPS redirect use?',
      answer:
        'A permanent one, 301 or 308, because the plain-HTTP URL will never serve content again. Add Strict-Transport-Security to the HTTPS responses (RFC 6797): returning browsers then upgrade http:// links themselves without sending the plaintext request, so the redirect is only hit on a first visit.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
