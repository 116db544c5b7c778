/**
 * Renders a pair of codes in the browser where no server did: on the shell
 * page that static hosts serve for `/compare/{a}-vs-{b}/` (a `_redirects`
 * rewrite), and on the 404 page of hosts that ignore `_redirects`. It reads
 * the two codes from the static JSON export and renders them with the same
 * functions as the build and the live server; a reversed curated pair goes
 * to the curated page. Does nothing on a page a server already filled.
 */
import { buildComparison } from '../../data/comparison.ts';
import { derivedPageValues, type PairPageValues } from '../pair/page.ts';
import { escapeHtml, type RenderedCode } from '../pair/render.ts';
import { siteName } from '../site-config.ts';

const PAIR_PATH = /^\/compare\/(\d{3})-vs-(\d{3})\/?$/;

const root = document.querySelector<HTMLElement>('[data-pair-root]');
if (root && !root.querySelector('article[data-pair]')) void render(root);

function setAttribute(selector: string, name: string, value: string): void {
  document.querySelector(selector)?.setAttribute(name, value);
}

/** The head and the trail of a filled page, as the template would have them. */
function applyHead(values: PairPageValues): void {
  const canonical = new URL(`/compare/${values.CANONICAL}/`, location.origin).href;
  document.title = `${values.TITLE} | ${siteName}`;
  setAttribute('meta[name="description"]', 'content', values.DESCRIPTION);
  setAttribute('link[rel="canonical"]', 'href', canonical);
  setAttribute('meta[property="og:title"]', 'content', values.TITLE);
  setAttribute('meta[property="og:description"]', 'content', values.DESCRIPTION);
  setAttribute('meta[property="og:url"]', 'content', canonical);
  const crumb = document.querySelector('.breadcrumbs [aria-current="page"]');
  if (crumb) {
    crumb.textContent = values.CRUMB;
    crumb.setAttribute('href', `/compare/${values.PATH}/`);
  }
}

function show(target: HTMLElement, html: string): void {
  target.innerHTML = html;
  target.hidden = false;
  for (const other of document.querySelectorAll<HTMLElement>('[data-not-found]')) other.hidden = true;
}

async function fetchCode(code: string): Promise<RenderedCode | null> {
  const response = await fetch(`/api/v1/codes/${code}.json`);
  return response.ok ? ((await response.json()) as RenderedCode) : null;
}

async function render(target: HTMLElement): Promise<void> {
  const match = PAIR_PATH.exec(location.pathname);
  if (!match) {
    // The 404 page keeps its own message for any other path; the shell says what it is for.
    if (target.hidden) return;
    show(
      target,
      '<h1>Two status codes compared</h1><p>This page shows any two codes side by side at <code>/compare/{a}-vs-{b}/</code>. <a href="/compare/any/">Pick two codes</a> or browse <a href="/compare/">all comparisons</a>.</p>',
    );
    return;
  }
  const [a, b] = [match[1]!, match[2]!];
  const curated = (target.dataset.curated ?? '').split(' ');
  if (curated.includes(`${b}-vs-${a}`)) {
    // Where the host ignored _redirects: the canonical link for crawlers, then the curated page.
    setAttribute('link[rel="canonical"]', 'href', new URL(`/compare/${b}-vs-${a}/`, location.origin).href);
    location.replace(`/compare/${b}-vs-${a}/`);
    return;
  }
  const [first, second] = await Promise.all([fetchCode(a), fetchCode(b)]).catch(() => [null, null]);
  if (a === b || !first || !second) {
    const missing = [a, b].filter((_code, index) => !(index === 0 ? first : second));
    show(
      target,
      `<h1>No such comparison</h1><p>${
        a === b ? 'A comparison needs two different codes.' : `This reference has no status code ${escapeHtml(missing.join(' or '))}.`
      } See <a href="/codes/">all codes</a> or <a href="/compare/any/">pick two codes</a>.</p>`,
    );
    return;
  }
  const values = derivedPageValues(buildComparison(first, second, null), [first, second], false);
  applyHead(values);
  show(target, values.ARTICLE);
}
