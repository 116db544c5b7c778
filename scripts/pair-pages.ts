/**
 * Build step after Astro: takes the pair template Astro rendered at
 * /compare/pair/, keeps it for the live server (`PAIR_TEMPLATE_FILE`), writes
 * the page of every related pair from it, and writes the shell (the template
 * filled with its own values) in its place. Runs before Pagefind, which then
 * indexes the related pairs and not the shell.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deriveComparison } from '../data/dataset.ts';
import { checkPairTemplate, derivedPageValues, fillPairTemplate, PAIR_SHELL_PATH, PAIR_TEMPLATE_FILE } from '../site/pair/page.ts';
import { relatedPairs } from '../site/pair/routes.ts';

/** The shell's own values: what a static host shows before (or without) its script. */
const SHELL_VALUES = {
  TITLE: 'Two status codes compared',
  DESCRIPTION: 'Any two HTTP status codes side by side, computed from their data: the page static hosts serve for every pair.',
  PATH: 'pair',
  CANONICAL: 'pair',
  CRUMB: 'Two codes',
  UPDATED: '',
  ARTICLE:
    '<p data-pair-status>Loading the comparison…</p><noscript><p>This page assembles the comparison in your browser from the site’s JSON data, which needs JavaScript. Each code’s reference page, under <a href="/codes/">all codes</a>, has the same facts.</p></noscript>',
  indexed: false,
};

function write(file: string, html: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
}

/** Writes the template, the related pairs' pages and the shell; returns the number of pair pages. */
export function writePairPages(distDir: string): number {
  const shellFile = join(distDir, PAIR_SHELL_PATH, 'index.html');
  const template = readFileSync(shellFile, 'utf8');
  checkPairTemplate(template);
  write(join(distDir, PAIR_TEMPLATE_FILE), template);
  const pairs = relatedPairs();
  for (const [a, b] of pairs) {
    const comparison = deriveComparison(a, b);
    write(join(distDir, 'compare', comparison.slug, 'index.html'), fillPairTemplate(template, derivedPageValues(comparison, [a, b], true)));
  }
  write(shellFile, fillPairTemplate(template, SHELL_VALUES));
  return pairs.length;
}
