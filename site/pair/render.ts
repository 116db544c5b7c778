/**
 * The HTML of a comparison's computed parts (differences at a glance, the
 * aspect table) and of a derived pair's whole article, as strings. One
 * renderer for every place a pair is shown: the curated pages (Astro,
 * `set:html`), the derived pages the build writes and the live server
 * generates, and the browser on a static host (`site/scripts/pair-page.ts`)
 * and in the any-pair view. Every value is escaped here.
 */
import type { ComparableCode } from '../../data/differences.ts';
import type { AspectRow, CodeLinks, Comparison } from '../../data/schema.ts';

/** A code as the renderer needs it: its fields and its page links. */
export type RenderedCode = ComparableCode & { links: CodeLinks };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

type Level = 2 | 3;

/** "Differences at a glance": one item per differing field, or a sentence saying there is none. */
export function differencesHtml(comparison: Pick<Comparison, 'codes' | 'differences'>, level: Level = 2): string {
  const [a, b] = comparison.codes;
  const items = comparison.differences.map((difference) => `<li>${escapeHtml(difference.statement)}</li>`).join('');
  const body = items
    ? `<ul class="differences">${items}</ul>`
    : `<p>${a} and ${b} agree on class, registration, vendor, cacheability, content, header fields, retry rule and defining document.</p>`;
  return `<section class="differences-at-a-glance" aria-labelledby="differences-heading"><h${level} id="differences-heading">Differences at a glance</h${level}>${body}</section>`;
}

/** The side-by-side table of aspect rows; on phones it scrolls inside its own box. */
export function aspectTableHtml(codes: readonly [RenderedCode, RenderedCode], rows: readonly AspectRow[], label: string): string {
  const head = codes.map((status) => `<th scope="col">HTTP ${status.code} — ${escapeHtml(status.phrase)}</th>`).join('');
  const body = rows
    .map(
      (row) =>
        `<tr><th scope="row">${escapeHtml(row.aspect)}</th><td>${escapeHtml(row.cells[0])}</td><td>${escapeHtml(row.cells[1])}</td></tr>`,
    )
    .join('');
  return `<div class="table-scroll" tabindex="0" role="region" aria-label="${escapeHtml(label)}"><table class="aspects"><thead><tr><th scope="col">Aspect</th>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** The rows of each code's own fields, folded: they repeat on every comparison of either code. */
export function codeRowsHtml(codes: readonly [RenderedCode, RenderedCode], rows: readonly AspectRow[]): string {
  const [a, b] = codes;
  const own = rows.filter((row) => row.scope === 'code');
  return `<details class="code-rows"><summary>Each code’s own fields (the same on every comparison of ${a.code} or ${b.code})</summary>${aspectTableHtml(codes, own, `${a.code} and ${b.code}: each code's own fields`)}</details>`;
}

function linkList(codes: readonly [RenderedCode, RenderedCode]): string {
  const guides = codes
    .filter((status) => status.links.guide)
    .map(
      (status) => `<li><a href="${escapeHtml(status.links.guide!)}">HTTP ${status.code} ${escapeHtml(status.phrase)} — full guide</a></li>`,
    );
  const references = codes.map(
    (status) => `<li><a href="${escapeHtml(status.links.reference)}">HTTP ${status.code} status reference</a></li>`,
  );
  return `<ul class="link-list">${[...guides, ...references, '<li><a href="/compare/">All comparisons</a></li>', '<li><a href="/compare/any/">Compare two other codes</a></li>'].join('')}</ul>`;
}

/**
 * The article of a derived pair's page: title, the computed differences,
 * then the two codes' own fields and scenarios, all from the data.
 */
export function derivedArticleHtml(comparison: Comparison, codes: readonly [RenderedCode, RenderedCode]): string {
  const [a, b] = codes;
  const scenarios = codes
    .map(
      (status) =>
        `<h3>When you see HTTP ${status.code}</h3><ul class="prose-list">${status.scenarios.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
    )
    .join('');
  return [
    `<article class="comparison" data-pair="${escapeHtml(comparison.slug)}">`,
    `<header class="page-title"><h1>${escapeHtml(comparison.title)}</h1>`,
    `<p class="lede">No one has written this comparison yet: every line below is computed from the two codes’ own data, each sourced on its <a href="${escapeHtml(a.links.reference)}">${a.code}</a> and <a href="${escapeHtml(b.links.reference)}">${b.code}</a> reference pages.</p></header>`,
    differencesHtml(comparison),
    '<h2>Aspect by aspect</h2>',
    aspectTableHtml(codes, comparison.aspects, `${a.code} and ${b.code} aspect by aspect`),
    `<h2>Real-world scenarios</h2>${scenarios}`,
    `<h2>Full guides and references</h2>${linkList(codes)}`,
    '</article>',
  ].join('');
}
