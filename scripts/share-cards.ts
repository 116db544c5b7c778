/**
 * Renders the share cards of `site/share-cards.ts` into dist/ as 1200 × 630
 * PNGs, without any service or system font: the text is turned into SVG paths
 * with opentype.js from the Inter WOFF files of @fontsource/inter, and sharp
 * rasterizes the SVG. Each PNG is cached under node_modules/.cache/share-cards/
 * by the SHA-256 of its SVG, so an unchanged card is copied, not rendered.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import opentype from 'opentype.js';
import sharp from 'sharp';
import { statusCodes } from '../data/dataset.ts';
import { siteName } from '../site/site-config.ts';
import { allCards, CARD_HEIGHT, CARD_WIDTH, type CardText, type ShareCard } from '../site/share-cards.ts';

const cacheDir = fileURLToPath(new URL('../node_modules/.cache/share-cards/', import.meta.url));

/** Class colours of the light scheme (`site/styles/front.css`), dark enough for text on white. */
const HUES: Record<NonNullable<CardText['hue']>, string> = {
  '1xx': '#1d4ed8',
  '2xx': '#15803d',
  '3xx': '#6d28d9',
  '4xx': '#c2410c',
  '5xx': '#b91c1c',
};
const FG = '#1a1d23';
const MUTED = '#4b5563';
const MARGIN = 72;

type Font = opentype.Font;

async function loadFont(file: string, id: string): Promise<LoadedFont> {
  const path = createRequire(import.meta.url).resolve(`@fontsource/inter/files/${file}`);
  const bytes = await readFile(path);
  const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return { font, id, outlines: new Map(), kerning: new Map() };
}

/** A font with its glyph outlines and kerning pairs memoized across cards. */
interface LoadedFont {
  font: Font;
  /** Prefix of the glyph ids in the SVG defs, per font. */
  id: string;
  outlines: Map<number, string>;
  kerning: Map<string, number>;
}

/**
 * Glyphs of `text` with their x offsets, one glyph per character plus kerning.
 * opentype.js's own layout applies every substitution of the font and stops at
 * Inter's contextual ones it does not support; plain card text needs none.
 */
function layout(loaded: LoadedFont, text: string, size: number): { glyphs: Array<{ glyph: opentype.Glyph; x: number }>; width: number } {
  const { font, kerning } = loaded;
  const scale = size / font.unitsPerEm;
  const glyphs: Array<{ glyph: opentype.Glyph; x: number }> = [];
  let x = 0;
  let previous: opentype.Glyph | undefined;
  for (const character of text) {
    const glyph = font.charToGlyph(character);
    if (previous) {
      const pair = `${previous.index},${glyph.index}`;
      if (!kerning.has(pair)) kerning.set(pair, font.getKerningValue(previous, glyph));
      x += kerning.get(pair)! * scale;
    }
    glyphs.push({ glyph, x });
    x += (glyph.advanceWidth ?? 0) * scale;
    previous = glyph;
  }
  return { glyphs, width: x };
}

function advance(loaded: LoadedFont, text: string, size: number): number {
  return layout(loaded, text, size).width;
}

/** Greedy word wrap to `width` pixels; the last allowed line ends with an ellipsis if text remains. */
function wrap(font: LoadedFont, text: string, size: number, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (advance(font, candidate, size) <= width || !line) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      let last = lines.pop()!;
      while (advance(font, `${last}…`, size) > width) last = last.replace(/\s*\S+$/, '');
      lines.push(`${last}…`);
      return lines;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Collects the outlines a card uses, once each, for its <defs>. */
class Glyphs {
  readonly used = new Map<string, string>();
  /** A run of text as <use> references to glyph outlines in font units, at (x, baseline y). */
  text(loaded: LoadedFont, text: string, x: number, y: number, size: number, fill: string): string {
    const scale = size / loaded.font.unitsPerEm;
    const uses = layout(loaded, text, size).glyphs.map(({ glyph, x: offset }) => {
      const id = `${loaded.id}${glyph.index}`;
      if (!loaded.outlines.has(glyph.index)) loaded.outlines.set(glyph.index, glyph.getPath(0, 0, loaded.font.unitsPerEm).toPathData(0));
      this.used.set(id, loaded.outlines.get(glyph.index)!);
      return `<use href="#${id}" transform="translate(${(x + offset).toFixed(1)} ${y.toFixed(1)}) scale(${scale.toFixed(5)})"/>`;
    });
    return `<g fill="${fill}">${uses.join('')}</g>`;
  }
  defs(): string {
    return `<defs>${[...this.used].map(([id, d]) => `<path id="${id}" d="${d}"/>`).join('')}</defs>`;
  }
}

/** The card as an SVG whose text is paths, so no font is needed to rasterize it. */
export function cardSvg(card: ShareCard, regular: LoadedFont, bold: LoadedFont): string {
  const parts: string[] = [];
  const glyphs = new Glyphs();
  const accent = HUES[card.headline.find((part) => part.hue)?.hue ?? '1xx'];
  parts.push(`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/>`);
  parts.push(`<rect width="24" height="${CARD_HEIGHT}" fill="${accent}"/>`);
  parts.push(glyphs.text(bold, card.label, MARGIN, 100, 30, MUTED));
  // Headline: fit the size to the width (a comparison has two numbers).
  const headlineText = card.headline.map((part) => part.text).join('');
  const headlineSize = Math.min(190, (190 * (CARD_WIDTH - 2 * MARGIN)) / advance(bold, headlineText, 190));
  let x = MARGIN;
  for (const part of card.headline) {
    parts.push(glyphs.text(bold, part.text, x, 100 + headlineSize * 0.95, headlineSize, part.hue ? HUES[part.hue] : MUTED));
    x += advance(bold, part.text, headlineSize);
  }
  let y = 100 + headlineSize * 0.95 + 80;
  for (const line of wrap(bold, card.title, 60, CARD_WIDTH - 2 * MARGIN, 2)) {
    parts.push(glyphs.text(bold, line, MARGIN, y, 60, FG));
    y += 70;
  }
  y += 4;
  const bodyLines = Math.max(1, Math.floor((CARD_HEIGHT - 90 - y) / 42) + 1);
  for (const line of wrap(regular, card.body, 32, CARD_WIDTH - 2 * MARGIN, Math.min(3, bodyLines))) {
    parts.push(glyphs.text(regular, line, MARGIN, y, 32, MUTED));
    y += 42;
  }
  parts.push(`<rect x="${MARGIN}" y="${CARD_HEIGHT - 78}" width="${CARD_WIDTH - 2 * MARGIN}" height="2" fill="#d7dbe2"/>`);
  parts.push(glyphs.text(bold, siteName, MARGIN, CARD_HEIGHT - 34, 28, FG));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">${glyphs.defs()}${parts.join('')}</svg>`;
}

/** Renders (or copies from the cache) every card into `distDir`; returns how many were rendered afresh. */
export async function writeShareCards(distDir: string): Promise<{ cards: number; rendered: number }> {
  const [regular, bold] = await Promise.all([loadFont('inter-latin-400-normal.woff', 'r'), loadFont('inter-latin-700-normal.woff', 'b')]);
  await mkdir(cacheDir, { recursive: true });
  const cards = allCards(statusCodes);
  let rendered = 0;
  await Promise.all(
    cards.map(async (card) => {
      const svg = cardSvg(card, regular, bold);
      const cached = join(cacheDir, `${createHash('sha256').update(svg).digest('hex')}.png`);
      const target = join(distDir, card.path);
      await mkdir(dirname(target), { recursive: true });
      try {
        await copyFile(cached, target);
      } catch {
        const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
        await writeFile(cached, png);
        await writeFile(target, png);
        rendered++;
      }
    }),
  );
  return { cards: cards.length, rendered };
}
