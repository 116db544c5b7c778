/**
 * The built site as validators, crawlers and budgets see it: the Nu HTML
 * Checker (vnu-jar, Java) finds no error, no internal link is broken, every
 * page has a unique title and description, a canonical URL and Open Graph
 * data, and each page stays within its size budget.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LinkChecker, LinkState } from 'linkinator';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { distDir } from './built-site.ts';

const KB = 1024;
const HTML_BUDGET = 30 * KB; // gzipped, per page
const CSS_BUDGET = 15 * KB; // gzipped, all stylesheets

function files(directory: string, extension: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return name === 'pagefind' || name === 'api' ? [] : files(path, extension);
    return name.endsWith(extension) ? [path] : [];
  });
}

const pages = files(distDir, '.html').filter((file) => !file.endsWith('404.html'));

describe('HTML validity (Nu HTML Checker)', () => {
  it('reports no errors on any page', () => {
    const jar = join(
      createRequire(import.meta.url)
        .resolve('vnu-jar')
        .replace(/vnu-jar\.js$/, ''),
      'build/dist/vnu.jar',
    );
    const result = spawnSync('java', ['-jar', jar, '--errors-only', '--skip-non-html', '--format', 'gnu', distDir], { encoding: 'utf8' });
    expect(result.error).toBeUndefined();
    expect(result.stderr.trim()).toBe('');
    expect(result.status).toBe(0);
  }, 120_000);
});

describe('links', () => {
  // retryErrors: on a busy machine linkinator's own local server can drop a request; a real broken link fails every try.
  it('has no broken internal link', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: distDir,
      recurse: true,
      linksToSkip: ['^(?!http://localhost)'],
      concurrency: 50,
      retryErrors: true,
      retryErrorsCount: 3,
    });
    const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.url} (on ${link.parent})`);
    expect(broken).toEqual([]);
    expect(result.links.length).toBeGreaterThan(500);
  }, 240_000);
});

describe('metadata', () => {
  const documents = pages.map((file) => ({ file: relative(distDir, file), document: parse(readFileSync(file, 'utf8')) }));

  it('gives every page a unique title and meta description', () => {
    const titles = documents.map(({ document }) => document.querySelector('title')!.textContent);
    const descriptions = documents.map(({ document }) => document.querySelector('meta[name="description"]')!.getAttribute('content'));
    expect(new Set(titles).size).toBe(titles.length);
    expect(new Set(descriptions).size).toBe(descriptions.length);
  });

  it('gives every page a canonical URL on the configured site, Open Graph data and structured data', () => {
    for (const { file, document } of documents) {
      const canonical = document.querySelector('link[rel="canonical"]')!.getAttribute('href')!;
      expect(canonical, file).toMatch(/^https:\/\/[^/]+\/.*\/$|^https:\/\/[^/]+\/$/);
      expect(document.querySelector('meta[property="og:title"]'), file).not.toBeNull();
      expect(document.querySelector('meta[property="og:url"]')!.getAttribute('content'), file).toBe(canonical);
      expect(document.querySelector('html')!.getAttribute('lang'), file).toBe('en');
    }
  });

  it('marks guides and references as TechArticle with breadcrumbs', () => {
    for (const url of ['codes/304/index.html', 'guides/304-not-modified/index.html']) {
      const types = parse(readFileSync(join(distDir, url), 'utf8'))
        .querySelectorAll('script[type="application/ld+json"]')
        .map((script) => JSON.parse(script.textContent)['@type']);
      expect(types).toEqual(expect.arrayContaining(['TechArticle', 'BreadcrumbList']));
    }
  });

  it('lists every page in the sitemap', () => {
    const sitemap = readFileSync(join(distDir, 'sitemap.xml'), 'utf8');
    for (const url of ['/codes/304/', '/guides/304-not-modified/', '/compare/304-vs-200/']) expect(sitemap).toContain(`${url}</loc>`);
    expect(readFileSync(join(distDir, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https:\/\/.+\/sitemap\.xml$/m);
  });
});

describe('budgets', () => {
  it(`keeps every page under ${HTML_BUDGET / KB} KB of gzipped HTML`, () => {
    const over = pages
      .map((file) => ({ file: relative(distDir, file), bytes: gzipSync(readFileSync(file)).byteLength }))
      .filter((page) => page.bytes > HTML_BUDGET);
    expect(over).toEqual([]);
  });
  it(`keeps the stylesheets under ${CSS_BUDGET / KB} KB gzipped`, () => {
    const css = files(distDir, '.css').reduce((sum, file) => sum + gzipSync(readFileSync(file)).byteLength, 0);
    expect(css).toBeLessThanOrEqual(CSS_BUDGET);
  });
});
