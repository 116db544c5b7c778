/**
 * Which pair pages exist as files, and the `_redirects` rules that make every
 * other pair URL answer on a static host, as data: `scripts/static-host/`
 * writes them to `dist/_redirects` after the API's rules.
 *
 * Hosts differ on rules that match an existing file: Netlify serves the file
 * ("shadowing") unless the rule is forced; Cloudflare Pages and Workers apply
 * the rule regardless ("Redirects are always followed, regardless of whether
 * or not an asset matches the incoming request"). So every page under
 * /compare/ that exists as a file gets a rule that rewrites it to itself,
 * ahead of the one dynamic rule that rewrites any other pair to the shell:
 * both hosts then serve the file, and the shell only for pairs without one.
 */
import { comparisons, findCode, type StatusCode, statusCodes } from '../../data/dataset.ts';
import type { RedirectRule } from '../../api/policy/redirect-rules.ts';
import { canonicalPairSlug, PAIR_SHELL_PATH } from './page.ts';

/**
 * The pairs the data relates (either code lists the other in `related`) that
 * nobody curated, in ascending order: the build writes these as full pages and
 * Pagefind indexes them; every other pair is generated on request.
 */
export function relatedPairs(): Array<[StatusCode, StatusCode]> {
  const curated = new Set(comparisons.map((comparison) => canonicalPairSlug(...comparison.codes)));
  const seen = new Set<string>();
  const pairs: Array<[StatusCode, StatusCode]> = [];
  for (const status of statusCodes) {
    for (const other of status.related) {
      const slug = canonicalPairSlug(status.code, other);
      const partner = findCode(other);
      if (!partner || curated.has(slug) || seen.has(slug)) continue;
      seen.add(slug);
      pairs.push(status.code < other ? [status, partner] : [partner, status]);
    }
  }
  return pairs.sort(([a1, b1], [a2, b2]) => a1.code - a2.code || b1.code - b2.code);
}

/** The site paths of every page under /compare/ that is a file of the build (besides /compare/ itself). */
export function comparePagesWithFiles(): string[] {
  return [
    ...comparisons.map((comparison) => comparison.links.page),
    ...relatedPairs().map(([a, b]) => `/compare/${a.code}-vs-${b.code}/`),
    '/compare/any/',
    PAIR_SHELL_PATH,
  ];
}

/** The rules, in the order a host must try them (the first match wins). */
export function pairRedirectRules(): RedirectRule[] {
  const reversed = comparisons.flatMap((comparison): RedirectRule[] => {
    const [a, b] = comparison.codes;
    return [
      { from: `/compare/${b}-vs-${a}/`, to: comparison.links.page, status: 308 },
      { from: `/compare/${b}-vs-${a}`, to: comparison.links.page, status: 308 },
    ];
  });
  // /compare/index.html is the one file directly under /compare/ that `/compare/:pair` would match.
  const files = [...comparePagesWithFiles(), '/compare/index.html'].map((path): RedirectRule => ({ from: path, to: path, status: 200 }));
  return [
    ...reversed,
    ...files,
    { from: '/compare/:pair/', to: PAIR_SHELL_PATH, status: 200 },
    // Without the slash: to the slashed address, which the rule above (or a file) answers.
    { from: '/compare/:pair', to: '/compare/:pair/', status: 308 },
  ];
}
