/**
 * A derived pair's whole page, made from one template that Astro renders
 * (`site/pages/compare/pair.astro`, written with tokens such as
 * `__PAIR_TITLE__` where the pair's values go). The build fills it for the
 * pairs the data relates, the live server for any other pair on first
 * request, and the build fills it once more with the shell's own values for
 * `/compare/pair/`, the page static hosts serve for every other pair.
 */
import type { Comparison } from '../../data/schema.ts';
import { derivedArticleHtml, escapeHtml, type RenderedCode } from './render.ts';

/** Where the build keeps the template, relative to dist/ (the live server reads it; no extension that an indexer or checker reads as HTML). */
export const PAIR_TEMPLATE_FILE = '_templates/compare-pair.template';

/** The path of the shell page that static hosts serve for pairs they have no file for. */
export const PAIR_SHELL_PATH = '/compare/pair/';

/** The tokens of the template; each must occur in it at least once. */
export const pairTokens = ['TITLE', 'DESCRIPTION', 'PATH', 'CANONICAL', 'CRUMB', 'UPDATED', 'ARTICLE'] as const;
export type PairToken = (typeof pairTokens)[number];

/** What fills the template: plain text for every token but ARTICLE, which is HTML. */
export type PairPageValues = Record<PairToken, string> & {
  /** Whether Pagefind indexes the page (only pages the build writes can be indexed). */
  indexed: boolean;
};

/** A token as it is written in the template. */
export function tokenText(token: PairToken): string {
  return `__PAIR_${token}__`;
}

/** The canonical slug of a derived pair: both orders hold the same facts, so the ascending one. */
export function canonicalPairSlug(a: number, b: number): string {
  return a < b ? `${a}-vs-${b}` : `${b}-vs-${a}`;
}

/** The values of a derived pair's page. */
export function derivedPageValues(comparison: Comparison, codes: readonly [RenderedCode, RenderedCode], indexed: boolean): PairPageValues {
  const [a, b] = codes;
  const fields = comparison.differences.length;
  return {
    TITLE: comparison.title,
    DESCRIPTION: `HTTP ${a.code} ${a.phrase} and HTTP ${b.code} ${b.phrase} compared from their data: ${fields === 1 ? 'one field differs' : `${fields} fields differ`} at a glance, then each code's definition, caching, retry and SEO side by side.`,
    PATH: comparison.slug,
    CANONICAL: canonicalPairSlug(a.code, b.code),
    CRUMB: `${a.code} vs ${b.code}`,
    UPDATED: comparison.updated,
    ARTICLE: derivedArticleHtml(comparison, codes),
    indexed,
  };
}

/** JSON string content, safe inside a <script> element. */
function jsonText(text: string): string {
  return JSON.stringify(text).slice(1, -1).replace(/</g, '\\u003c');
}

const TOKEN = /__PAIR_([A-Z]+)__/g;
const JSON_LD_OR_TOKEN = /(<script type="application\/ld\+json">)([\s\S]*?)(<\/script>)|__PAIR_([A-Z]+)__/g;
/** Pagefind's attributes on <main> (BaseLayout), dropped from pages that must not be indexed. */
const PAGEFIND_ATTRIBUTES = / data-pagefind-(?:body|filter)(?:="[^"]*")?/g;

function tokenValue(values: PairPageValues, token: string): string {
  if (!(pairTokens as readonly string[]).includes(token)) throw new Error(`Unknown token __PAIR_${token}__ in the pair template`);
  return values[token as PairToken];
}

/** Throws unless `template` holds every token, so a changed layout fails the build, not a request. */
export function checkPairTemplate(template: string): void {
  const missing = pairTokens.filter((token) => !template.includes(tokenText(token)));
  if (missing.length) throw new Error(`The pair template lacks ${missing.map(tokenText).join(', ')}`);
}

/** The page: each token replaced, escaped for where it stands (HTML, or JSON inside JSON-LD). */
export function fillPairTemplate(template: string, values: PairPageValues): string {
  const filled = template.replace(JSON_LD_OR_TOKEN, (_match, open?: string, json?: string, close?: string, token?: string) => {
    if (open) return open + json!.replace(TOKEN, (_t, name: string) => jsonText(tokenValue(values, name))) + close;
    return token === 'ARTICLE' ? values.ARTICLE : escapeHtml(tokenValue(values, token!));
  });
  return values.indexed ? filled : filled.replace(PAGEFIND_ATTRIBUTES, '');
}
