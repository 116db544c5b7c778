/**
 * `?fail=N&key=K`: the first N requests for key K get the chosen status, the
 * next ones succeed. State is per client and key, bounded in count and
 * forgotten after a period without use (limits.ts).
 */
import { BoundedMap } from './bounded-map.ts';
import type { FairUse } from './limits.ts';

export interface FailOutcome {
  /** True while the key has failures left: answer with the chosen code. */
  fail: boolean;
  /** This request's number for the key, from 1. */
  attempt: number;
}

export function createFailCounter(fairUse: FairUse) {
  const seen = new BoundedMap<number>(fairUse.maxTracked, fairUse.failKeyTtlMs);
  /** Counts one request for `key` of `client` that asks for `failures` failures first. */
  return function count(client: string, key: string, failures: number, now = Date.now()): FailOutcome {
    const id = `${client}\u0000${key}`;
    const attempt = (seen.get(id, now) ?? 0) + 1;
    seen.set(id, attempt, now);
    return { fail: attempt <= failures, attempt };
  };
}
