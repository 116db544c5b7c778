/**
 * Filling the pair template: each token escaped for where it stands (HTML
 * text and attributes, JSON inside JSON-LD), the article inserted as HTML,
 * Pagefind's attributes dropped from pages that must not be indexed, and a
 * template without every token refused.
 */
import { describe, expect, it } from 'vitest';
import { checkPairTemplate, fillPairTemplate, type PairPageValues, pairTokens, tokenText } from './page.ts';

const template = [
  `<title>${tokenText('TITLE')} | Site</title><meta name="description" content="${tokenText('DESCRIPTION')}">`,
  `<link rel="canonical" href="https://example.com/compare/${tokenText('CANONICAL')}/">`,
  `<script type="application/ld+json">{"headline":"${tokenText('TITLE')}","dateModified":"${tokenText('UPDATED')}"}</script>`,
  `<main id="main" data-pagefind-body data-pagefind-filter="kind:comparison"><a href="/compare/${tokenText('PATH')}/">${tokenText('CRUMB')}</a>`,
  `<div>${tokenText('ARTICLE')}</div></main>`,
].join('');

const values: PairPageValues = {
  TITLE: `418 vs 400: I'm a teapot vs Bad Request </script><b>`,
  DESCRIPTION: 'Say "hi" & go',
  PATH: '418-vs-400',
  CANONICAL: '400-vs-418',
  CRUMB: '418 vs 400',
  UPDATED: '2026-11-25',
  ARTICLE: '<article data-pair="418-vs-400"><h1>x</h1></article>',
  indexed: true,
};

describe('fillPairTemplate', () => {
  const page = fillPairTemplate(template, values);

  it('escapes text and attributes as HTML', () => {
    expect(page).toContain('<title>418 vs 400: I&#39;m a teapot vs Bad Request &lt;/script&gt;&lt;b&gt; | Site</title>');
    expect(page).toContain('content="Say &quot;hi&quot; &amp; go"');
    expect(page).toContain('href="https://example.com/compare/400-vs-418/"');
  });

  it('escapes JSON-LD as JSON, with no way to close the script element', () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(page)![1]!;
    expect(JSON.parse(json)).toEqual({ headline: values.TITLE, dateModified: '2026-11-25' });
    expect(json).not.toContain('</script>');
  });

  it('inserts the article as HTML and leaves no token', () => {
    expect(page).toContain('<div><article data-pair="418-vs-400"><h1>x</h1></article></div>');
    expect(page).not.toContain('__PAIR_');
  });

  it('keeps Pagefind attributes only on indexed pages', () => {
    expect(page).toContain('<main id="main" data-pagefind-body data-pagefind-filter="kind:comparison">');
    expect(fillPairTemplate(template, { ...values, indexed: false })).toContain('<main id="main">');
  });

  it('refuses a template that lacks a token, and a token it does not know', () => {
    expect(() => checkPairTemplate(template)).not.toThrow();
    expect(() => checkPairTemplate(template.replace(tokenText('CANONICAL'), 'x'))).toThrow(/__PAIR_CANONICAL__/);
    expect(() => fillPairTemplate(`${template}__PAIR_OTHER__`, values)).toThrow(/__PAIR_OTHER__/);
    expect(pairTokens).toContain('ARTICLE');
  });
});
