import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { comparisons, statusCodes } from '../../data/dataset.ts';
import { distDir, readPage } from './built-site.ts';

const PNG_SIGNATURE = '89504e470d0a1a0a';

/** The og:image of a built page, checked to be an absolute URL on the configured site, and its file in dist/. */
function cardOf(url: string): { file: Buffer; alt: string } {
  const page = readPage(url);
  const meta = (property: string) => page.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
  const canonical = new URL(page.querySelector('link[rel="canonical"]')!.getAttribute('href')!);
  const image = new URL(meta('og:image')!);
  expect(image.origin, url).toBe(canonical.origin);
  expect(meta('og:image:width'), url).toBe('1200');
  expect(meta('og:image:height'), url).toBe('630');
  expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content'), url).toBe('summary_large_image');
  return { file: readFileSync(join(distDir, image.pathname)), alt: meta('og:image:alt')! };
}

describe('share cards (Open Graph images)', () => {
  it('gives every code and every curated comparison its own 1200 × 630 PNG', () => {
    const urls = [...statusCodes.map((status) => status.links.reference), ...comparisons.map((comparison) => comparison.links.page!)];
    const seen = new Set<string>();
    for (const url of urls) {
      const { file } = cardOf(url);
      expect(file.subarray(0, 8).toString('hex'), url).toBe(PNG_SIGNATURE);
      // IHDR: width and height, big-endian, right after the chunk's length and type.
      expect([file.readUInt32BE(16), file.readUInt32BE(20)], url).toEqual([1200, 630]);
      seen.add(file.toString('base64'));
    }
    expect(seen.size).toBe(urls.length);
  });

  it('describes the card in og:image:alt with the code and its phrase', () => {
    expect(cardOf('/codes/404/').alt).toMatch(/^HTTP 404 Not Found: /);
    expect(cardOf('/compare/401-vs-403/').alt).toMatch(/^401 vs 403: Unauthorized vs Forbidden\. /);
  });

  it('draws text on the card, not a blank image', async () => {
    const { data, info } = await sharp(cardOf('/codes/404/').file).greyscale().raw().toBuffer({ resolveWithObject: true });
    // Dark pixels (text) in the band where the big number sits, left of centre.
    let dark = 0;
    for (let y = 140; y < 290; y++) for (let x = 72; x < 500; x++) if (data[y * info.width + x]! < 128) dark++;
    expect(dark).toBeGreaterThan(10_000);
  });

  it('gives the other pages the site card', () => {
    const { file } = cardOf('/');
    expect(file.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
    expect(cardOf('/which-code/').file.equals(file)).toBe(true);
  });
});
