import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCode, statusCodes } from '../../data/dataset.ts';
import { lintGuide, MIN_GUIDE_WORDS, MIN_UNOFFICIAL_GUIDE_WORDS } from '../../scripts/guide-lint.ts';
import { pageExists, readPage } from './built-site.ts';

const guideDir = new URL('../content/guides/', import.meta.url);
const files = readdirSync(guideDir).filter((name) => name.endsWith('.mdx'));

describe('guides', () => {
  it('exist for every code, registered and unofficial', () => {
    const written = new Set(files.map((file) => Number(file.replace('.mdx', ''))));
    expect(statusCodes.filter((status) => !written.has(status.code)).map((status) => status.code)).toEqual([]);
  });

  it.each(files)('%s parses, cites existing sections and codes, and has enough prose', (file) => {
    const code = Number(file.replace('.mdx', ''));
    const report = lintGuide(readFileSync(new URL(file, guideDir), 'utf8'), code);
    expect(report.problems).toEqual([]);
    expect(report.words).toBeGreaterThanOrEqual(findCode(code)!.status === 'unofficial' ? MIN_UNOFFICIAL_GUIDE_WORDS : MIN_GUIDE_WORDS);
  });

  it.each(files)("%s is built at its code's guide URL with a last-reviewed date", (file) => {
    const status = findCode(Number(file.replace('.mdx', '')))!;
    expect(status.links.guide).toBe(
      `/guides/${status.code}-${status.phrase
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}/`,
    );
    expect(pageExists(status.links.guide!)).toBe(true);
    expect(readPage(status.links.guide!).querySelector('.reviewed time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('rejects a guide that is too short, uses an unknown component, or cites what does not exist', () => {
    const report = lintGuide(
      '---\ndescription: x\n---\n\nShort. <CodeRef code={299} /> <Spec rfc={9110} section="99.1" /> <Diagram />\n',
      404,
    );
    expect(report.problems.join('\n')).toMatch(/not in the dataset/);
    expect(report.problems.join('\n')).toMatch(/RFC 9110 has no section 99\.1/);
    expect(report.problems.join('\n')).toMatch(/<Diagram>/);
    expect(report.problems.join('\n')).toMatch(/needs at least 600/);
  });
});
