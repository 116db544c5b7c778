/**
 * What Google Search does with a status code, by class, as Google documents it
 * ("How HTTP status codes, and network and DNS errors affect Google Search").
 * Rendered on every reference page from here, so entries do not repeat it.
 */
/** Google's page on HTTP status codes and crawling. */
export const googleStatusCodesSource = 'https://developers.google.com/search/docs/crawling-indexing/http-network-errors';

/** Google's documented handling of `code`, or null where Google documents no class-wide rule for it. */
export function googleHandling(code: number): string | null {
  const firstDigit = Math.floor(code / 100);
  if (code === 429 || firstDigit === 5)
    return 'Crawling slows down; URLs already indexed are kept for a while and dropped if the errors persist.';
  if (firstDigit === 4) return 'The URL is not indexed, and an indexed URL is removed; any content is ignored.';
  return null;
}
