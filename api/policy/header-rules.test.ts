import { describe, expect, it } from 'vitest';
import { headerRules, patternMatches } from './header-rules.ts';

const page = { 'Cache-Control': 'no-cache', nosniff: '1', CSP: 'x' };
const asset = { 'Cache-Control': 'immutable', nosniff: '1' };
const api = { 'Cache-Control': 'max-age=300', nosniff: '1', CORS: '*' };

describe('header rules for static hosts', () => {
  const paths = new Map<string, Record<string, string>>([
    ['/', page],
    ['/index.html', page],
    ['/codes/304/', page],
    ['/codes/304/index.html', page],
    ['/_astro/a.css', asset],
    ['/api/', page],
    ['/api/index.html', page],
    ['/api/v1', api],
    ['/api/v1.json', api],
    ['/api/v1/codes/304', api],
    ['/api/v1/codes/304.json', api],
    ['/pagefind/index/en_1.pf_index', asset],
    ['/pagefind/pagefind.js', page],
  ]);
  const rules = headerRules(paths);

  it('puts the fields every path shares in one /* rule', () => {
    expect(rules[0]).toEqual({ pattern: '/*', headers: { nosniff: '1' } });
  });

  it('matches every path by exactly one other rule, which sets its fields', () => {
    for (const [path, headers] of paths) {
      const matching = rules.slice(1).filter((rule) => patternMatches(rule.pattern, path));
      expect(matching, path).toHaveLength(1);
      expect({ nosniff: '1', ...matching[0]!.headers }, path).toEqual(headers);
    }
  });

  it('folds a folder into one prefix rule, and a folder with a same-named file (v1, v1.json) into one', () => {
    const patterns = rules.map((rule) => rule.pattern);
    expect(patterns).toContain('/codes*');
    expect(patterns).toContain('/api/v1*');
    expect(patterns).not.toContain('/api/v1.json');
    expect(patterns).toContain('/api/');
  });
});
