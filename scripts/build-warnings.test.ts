/**
 * The build's log filter (astro.config.mjs) drops exactly one known-benign
 * warning, Astro's own "use astro:head-inject" marker (withastro/astro#18087),
 * and passes every other log through, directive warnings included.
 */
import { describe, expect, it } from 'vitest';
import config from '../astro.config.mjs';

type Log = { code?: string; message: string };
type Handler = (level: string, log: Log) => void;
const { onLog } = (config.vite?.build?.rolldownOptions ?? {}) as { onLog?: (level: string, log: Log, handler: Handler) => void };

function passed(log: Log): boolean {
  if (!onLog) throw new Error('astro.config.mjs has no vite.build.rolldownOptions.onLog');
  let shown = false;
  onLog('warn', log, () => {
    shown = true;
  });
  return shown;
}

describe('build log filter', () => {
  it('drops the head-inject directive warning', () => {
    expect(
      passed({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message:
          'The semantics of the module level directive "use astro:head-inject" in "site/content/guides/100.mdx?astroPropagatedAssets" may not be preserved when bundling.',
      }),
    ).toBe(false);
  });
  it('shows any other directive warning and any other log', () => {
    expect(
      passed({
        code: 'MODULE_LEVEL_DIRECTIVE',
        message: 'The semantics of the module level directive "use client" in "x.ts" may not be preserved when bundling.',
      }),
    ).toBe(true);
    expect(passed({ code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' })).toBe(true);
  });
});
