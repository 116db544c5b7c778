/**
 * Every pair URL on a static host: all 8,010 ordered pairs of the dataset's
 * 90 codes, requested from the built dist/ with its `_redirects` applied as
 * Netlify applies it (files shadow rules) and as Cloudflare applies it
 * (rules first), end on a page, never on a 404; reversed curated pairs end
 * on the curated page through a 308.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparisons, statusCodes } from '../../data/dataset.ts';
import { comparePagesWithFiles, pairRedirectRules, relatedPairs } from '../pair/routes.ts';
import { distDir } from './built-site.ts';
import { createStaticHost, follow, type HostMode, parseRedirects } from './static-host.ts';

const shell = join(distDir, 'compare/pair/index.html');
const pageFileOf = (slug: string) => join(distDir, 'compare', slug, 'index.html');
const curated = new Set(comparisons.map((comparison) => comparison.slug));
const related = new Set(relatedPairs().map(([a, b]) => `${a.code}-vs-${b.code}`));

const allPairs = statusCodes.flatMap((a) => statusCodes.filter((b) => b !== a).map((b) => [a.code, b.code] as const));

/** Where each ordered pair must end: its own file, the curated page, or the shell. */
function expectedFile(a: number, b: number): string {
  if (curated.has(`${a}-vs-${b}`) || related.has(`${a}-vs-${b}`)) return pageFileOf(`${a}-vs-${b}`);
  if (curated.has(`${b}-vs-${a}`)) return pageFileOf(`${b}-vs-${a}`);
  return shell;
}

describe.each<HostMode>(['shadowing', 'rules-first'])('a static host (%s) with dist/_redirects', (mode) => {
  const answer = createStaticHost(distDir, mode);

  it(`answers all ${allPairs.length} ordered pairs with a page`, () => {
    expect(allPairs).toHaveLength(statusCodes.length * (statusCodes.length - 1));
    const wrong = allPairs.flatMap(([a, b]) => {
      const result = follow(answer, `/compare/${a}-vs-${b}/`);
      return result.status === 200 && result.file === expectedFile(a, b) ? [] : [`${a}-vs-${b}: ${result.status} ${result.file}`];
    });
    expect(wrong).toEqual([]);
  });

  it('redirects every curated pair reversed with 308, with and without the slash', () => {
    for (const comparison of comparisons) {
      const [a, b] = comparison.codes;
      expect(answer(`/compare/${b}-vs-${a}/`)).toEqual({ status: 308, location: comparison.links.page });
      expect(follow(answer, `/compare/${b}-vs-${a}`).file).toBe(pageFileOf(comparison.slug));
    }
  });

  it('answers a derived pair without its slash through a redirect to the slashed address', () => {
    expect(follow(answer, '/compare/405-vs-414')).toMatchObject({ status: 200, file: shell });
  });

  it('still serves every other page and the API export', () => {
    expect(follow(answer, '/compare/')).toMatchObject({ status: 200, file: join(distDir, 'compare/index.html') });
    expect(follow(answer, '/compare/any/')).toMatchObject({ status: 200, file: join(distDir, 'compare/any/index.html') });
    expect(follow(answer, '/api/v1/codes/404')).toMatchObject({ status: 200, file: join(distDir, 'api/v1/codes/404.json') });
    expect(follow(answer, '/codes/nope/').status).toBe(404);
  });
});

describe('the pair rules', () => {
  it('name exactly the pages under /compare/ that the build wrote', () => {
    const written = readdirSync(join(distDir, 'compare'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `/compare/${entry.name}/`);
    expect(written.sort()).toEqual([...comparePagesWithFiles()].sort());
  });

  it('are what dist/_redirects holds', () => {
    const lines = parseRedirects(readFileSync(join(distDir, '_redirects'), 'utf8'));
    expect(lines.slice(-pairRedirectRules().length)).toEqual(pairRedirectRules());
  });

  it('are needed where rules come first: without the rules that keep existing pages, the shell would shadow them', () => {
    const rules = parseRedirects(readFileSync(join(distDir, '_redirects'), 'utf8')).filter((rule) => rule.from !== rule.to);
    const answer = createStaticHost(distDir, 'rules-first', rules);
    expect(follow(answer, '/compare/304-vs-200/').file).toBe(shell);
  });
});
