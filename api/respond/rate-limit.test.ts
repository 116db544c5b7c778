import { describe, expect, it } from 'vitest';
import { BoundedMap } from './bounded-map.ts';
import { createFailCounter } from './fail-counter.ts';
import { DEFAULT_FAIR_USE } from './limits.ts';
import { clientKey, createRateLimiter } from './rate-limit.ts';

// Simulated clocks: these tests pass whatever the machine's speed.
describe('the per-client token bucket', () => {
  it('lets a test suite at 60 requests a minute through for an hour', () => {
    const take = createRateLimiter(DEFAULT_FAIR_USE);
    for (let second = 0; second < 3600; second++) expect(take('10.0.0.1', second * 1000).allowed, `second ${second}`).toBe(true);
  });

  it('answers a burst beyond the limit with 429 material, and keeps other clients apart', () => {
    const take = createRateLimiter(DEFAULT_FAIR_USE);
    const now = 1_000_000;
    const decisions = Array.from({ length: DEFAULT_FAIR_USE.burst + 5 }, () => take('10.0.0.1', now));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(DEFAULT_FAIR_USE.burst);
    const denied = decisions.at(-1)!;
    expect(denied.allowed).toBe(false);
    expect(denied.remaining).toBe(0);
    expect(denied.resetSeconds).toBeGreaterThanOrEqual(1);
    expect(take('10.0.0.2', now).allowed).toBe(true);
    // Half a second later one more token (2 per second) is there.
    expect(take('10.0.0.1', now + 500).allowed).toBe(true);
  });

  it('writes the fields of the IETF RateLimit draft', () => {
    const take = createRateLimiter(DEFAULT_FAIR_USE);
    const decision = take('10.0.0.9', 0);
    expect(decision.headers['RateLimit-Policy']).toBe('"respond";q=120;w=60');
    expect(decision.headers.RateLimit).toBe('"respond";r=119;t=0');
  });

  it('counts IPv4-mapped addresses as IPv4 and IPv6 addresses by /64', () => {
    expect(clientKey('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(clientKey('2001:db8:0:1::5')).toBe('2001:db8:0:1::/64');
    expect(clientKey('2001:db8:0:1:aaaa::9')).toBe('2001:db8:0:1::/64');
  });
});

describe('bounded state', () => {
  it('never holds more than its ceiling, dropping the least recently used', () => {
    const map = new BoundedMap<number>(3, 60_000);
    for (let i = 0; i < 10; i++) map.set(`k${i}`, i, 0);
    expect(map.size).toBe(3);
    expect(map.get('k0', 0)).toBeUndefined();
    expect(map.get('k9', 0)).toBe(9);
  });

  it('forgets fail keys after their time to live', () => {
    const count = createFailCounter({ ...DEFAULT_FAIR_USE, failKeyTtlMs: 1000 });
    expect(count('c', 'k', 1, 0)).toEqual({ fail: true, attempt: 1 });
    expect(count('c', 'k', 1, 500)).toEqual({ fail: false, attempt: 2 });
    expect(count('c', 'k', 1, 5000)).toEqual({ fail: true, attempt: 1 });
    // Another client's key of the same name is its own.
    expect(count('d', 'k', 1, 5000)).toEqual({ fail: true, attempt: 1 });
  });
});
