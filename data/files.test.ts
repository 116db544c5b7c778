import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeEntries } from './codes/index.ts';
import { comparisonEntries } from './comparisons/index.ts';
import { codesWithGuides } from './guides.ts';

const listed = (folder: string) =>
  readdirSync(new URL(`./${folder}/`, import.meta.url)).filter(
    (name) => name.endsWith('.ts') && name !== 'index.ts' && !name.endsWith('.test.ts'),
  );

describe('the entry files and their indexes', () => {
  it('lists every code file exactly once, and each file holds the code it is named after', () => {
    const files = listed('codes')
      .map((name) => Number(name.replace('.ts', '')))
      .sort((a, b) => a - b);
    expect(codeEntries.map((entry) => entry.code).sort((a, b) => a - b)).toEqual(files);
  });
  it('lists every comparison file exactly once, named after its pair', () => {
    const files = listed('comparisons')
      .map((name) => name.replace('.ts', ''))
      .sort();
    expect(comparisonEntries.map((entry) => `${entry.codes[0]}-vs-${entry.codes[1]}`).sort()).toEqual(files);
  });
  it('records exactly the guides that exist as MDX', () => {
    const mdx = readdirSync(new URL('../site/content/guides/', import.meta.url))
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => Number(name.replace('.mdx', '')))
      .sort((a, b) => a - b);
    expect([...codesWithGuides].sort((a, b) => a - b)).toEqual(mdx);
  });
});
