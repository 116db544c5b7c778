import type { ComparisonInput } from '../schema.ts';

export default {
  codes: [301, 410],
  theme: 'redirects',
  intro:
    'The situation behind both is a URL being retired, and SEO plugins and migration checklists often make the choice for you by redirecting everything. A 410 looks alarming because it is an error code, while a 301 feels like it saves the traffic. Which one is right depends on whether anything at the new address really replaces what the old URL held.',
  pairAspects: [
    {
      aspect: 'What the response points to',
      cells: [
        'A successor: the server SHOULD put the new permanent URI in Location (RFC 9110 §15.4.2).',
        'Nothing. There is no Location; the body SHOULD explain the situation and whether it is permanent (RFC 9110 §15.5), which is the place for links to related content.',
      ],
    },
    {
      aspect: 'Request to whoever links to the URL',
      cells: [
        'Update the link: software that edits links may replace references with the new URI (RFC 9110 §15.4.2).',
        'Remove the link: the server owners "desire that remote links to that resource be removed" (RFC 9110 §15.5.11).',
      ],
    },
    {
      aspect: 'How long to keep serving it',
      cells: [
        "As long as old links, bookmarks and search results point at the URL; Google's John Mueller advises at least a year after a site move.",
        'As long as you like: RFC 9110 §15.5.11 says there is no need to mark every removed resource as gone, or to keep the mark "for any length of time". A plain 404 afterwards is fine.',
      ],
    },
  ],
  keyDifference: 'A 301 hands the request to a successor URL; a 410 says there is no successor and asks that links to the URL be removed.',
  decisionRule:
    'If a page exists that someone following the old link would accept as the same content (a renamed article, a merged product page, the new version of a document), send 301 to it. If nothing equivalent exists (a discontinued product, an ended promotion, a deleted account), answer 410 with a useful body rather than redirecting to a category or the home page.',
  commonMistake:
    'Sending every retired URL to the home page or a broad category with 301: Google documents that it may treat such redirects as soft 404s, so the URLs drop out of the index anyway, visitors land on a page that does not answer the link they clicked, and no 404 or 410 ever appears in the logs to show how many links are dead.',
  faq: [
    {
      question: "Do I lose the backlinks' value with a 410?",
      answer:
        'Yes, links to a 410 URL pass nothing on, while a 301 to a relevant successor lets Google consolidate them on the new page. Where a genuine replacement exists and the old URL has valuable inbound links, redirect; redirecting to an unrelated page to keep that value is what gets flagged as a soft 404.',
    },
    {
      question: 'How do I send a 410 in Apache or nginx?',
      answer:
        'Apache mod_alias: Redirect gone /old-page (no target URL); with mod_rewrite, RewriteRule ^old-page$ - [G]. nginx: location = /old-page { return 410; }, optionally with error_page 410 pointing to a custom page. For many URLs, a map block in nginx or a RewriteMap in Apache keeps the list out of the main configuration.',
    },
    {
      question: 'Can a URL that answered 410 come back later?',
      answer:
        'Yes. Serve 200 again and it is live; nothing in HTTP makes a 410 binding. Two things slow the return: a 410 is heuristically cacheable (RFC 9110 §15.5.11), so give it a short max-age if a comeback is possible, and Google crawls URLs that returned 4xx less often, so request reindexing in Search Console.',
    },
  ],
  updated: '2026-11-25',
} satisfies ComparisonInput;
