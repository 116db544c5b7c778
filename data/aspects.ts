/**
 * The eight standard rows of every comparison and how each cell is read from
 * a code. Kept free of the dataset itself so that the browser script of the
 * "compare any two codes" view can import it without bundling the data.
 */
import type { StatusCodeEntry } from './schema.ts';
import { retryRuleLabels } from './vocabulary.ts';

/** The fields behind the eight rows every comparison has, in table order. */
export const standardAspects = [
  ['Definition', 'definition'],
  ['Plain-language summary', 'summary'],
  ['When to use', 'whenToUse'],
  ['Client behavior', 'clientBehavior'],
  ['Caching behavior', 'cachingBehavior'],
  ['SEO / crawler impact', 'seoImpact'],
  ['API / backend impact', 'apiImpact'],
  ['Safe to retry?', 'retry'],
] as const satisfies ReadonlyArray<readonly [string, keyof StatusCodeEntry]>;

/** The cell of one standard row for one code. */
export function aspectCell(
  status: Pick<StatusCodeEntry, (typeof standardAspects)[number][1]>,
  field: (typeof standardAspects)[number][1],
): string {
  return field === 'retry' ? `${retryRuleLabels[status.retry.rule]}. ${status.retry.advice}` : status[field];
}
