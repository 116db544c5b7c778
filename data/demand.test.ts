import { describe, expect, it } from 'vitest';
import { comparisons, comparisonsByDemand } from './dataset.ts';
import { comparisonDemand } from './demand.ts';

describe('demand rank of the comparisons (data/demand.ts)', () => {
  it('ranks every curated comparison exactly once', () => {
    expect(new Set(comparisonDemand).size).toBe(comparisonDemand.length);
    expect([...comparisonDemand].sort()).toEqual(comparisons.map((comparison) => comparison.slug).sort());
  });

  it('orders the comparisons as ranked, the everyday auth pair first', () => {
    expect(comparisonsByDemand.map((comparison) => comparison.slug)).toEqual(comparisonDemand);
    expect(comparisonsByDemand[0]!.title).toBe('401 vs 403: Unauthorized vs Forbidden');
  });
});
