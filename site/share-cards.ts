/**
 * Share cards (Open Graph images, 1200 × 630 PNG): which pages have one, where
 * it lives and what it says. The pages read `cardFor*()` for their `og:image`
 * meta; `scripts/share-cards.ts` renders every card of `allCards()` at build.
 */
import { comparisons, findCode, type Comparison, type StatusCode } from '../data/dataset.ts';
import { siteName, siteTagline } from './site-config.ts';

/** Open Graph image size recommended for large previews (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** A line of text on a card; `hue` picks the class colour. */
export interface CardText {
  text: string;
  hue?: StatusCode['class'];
}

/** What one card shows, and where its PNG is written under dist/. */
export interface ShareCard {
  /** Site path of the PNG, e.g. "/og/codes/404.png". */
  path: string;
  /** Text alternative for og:image:alt. */
  alt: string;
  /** The big line: "404", or "401 vs 403" as two parts. */
  headline: CardText[];
  /** The phrase(s) under it. */
  title: string;
  /** One or two sentences, wrapped to a few lines. */
  body: string;
  /** A small label above the headline, e.g. "Unofficial · nginx". */
  label: string;
}

/** The card of a code's reference page. */
export function cardForCode(status: StatusCode): ShareCard {
  return {
    path: `/og/codes/${status.code}.png`,
    alt: `HTTP ${status.code} ${status.phrase}: ${status.summary}`,
    headline: [{ text: String(status.code), hue: status.class }],
    title: status.phrase,
    body: status.summary,
    label:
      status.status === 'unofficial'
        ? `Unofficial · ${status.vendor}`
        : `${status.class} · ${status.spec.document}${status.spec.section ? ` §${status.spec.section}` : ''}`,
  };
}

/** The card of a curated comparison's page. */
export function cardForComparison(comparison: Comparison): ShareCard {
  const [a, b] = comparison.codes.map((code) => findCode(code)!) as [StatusCode, StatusCode];
  return {
    path: `/og/compare/${comparison.slug}.png`,
    alt: `${comparison.title}. ${comparison.keyDifference ?? ''}`.trim(),
    headline: [{ text: String(a.code), hue: a.class }, { text: ' vs ' }, { text: String(b.code), hue: b.class }],
    title: `${a.phrase} vs ${b.phrase}`,
    body: comparison.keyDifference ?? '',
    label: 'Comparison',
  };
}

/** The card of every other page. */
export const siteCard: ShareCard = {
  path: '/og/site.png',
  alt: `${siteName}: ${siteTagline}`,
  headline: [{ text: '1xx–5xx' }],
  title: siteName,
  body: siteTagline,
  label: 'HTTP status codes',
};

/** Every card the build renders. */
export function allCards(statusCodes: readonly StatusCode[]): ShareCard[] {
  return [siteCard, ...statusCodes.map(cardForCode), ...comparisons.map(cardForComparison)];
}
