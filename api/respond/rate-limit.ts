/**
 * Per-client fair use of the test endpoint: a token bucket per client
 * address. Each answer carries the two fields of the IETF httpapi draft
 * "RateLimit header fields for HTTP" (draft-ietf-httpapi-ratelimit-headers-12,
 * https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/12/;
 * syntax checked against the working group's source, ietf-wg-httpapi/ratelimit-headers):
 * `RateLimit-Policy: "respond";q=120;w=60` (a quota policy item: quota q, window w
 * in seconds) and `RateLimit: "respond";r=…;t=…` (a service limit item: r
 * remaining quota units, t seconds until more quota is available).
 */
import { BoundedMap } from './bounded-map.ts';
import type { FairUse } from './limits.ts';

/** The policy's name in both fields (a String item, as the draft requires). */
export const POLICY_NAME = 'respond';

export interface RateDecision {
  allowed: boolean;
  /** Whole requests left in the bucket after this one ("r"). */
  remaining: number;
  /** Seconds until one more request is available ("t"); 0 when one is available now. */
  resetSeconds: number;
  /** The two fields, ready to send. */
  headers: Record<string, string>;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * Creates the limiter. A client may send `burst` requests at once and then
 * `perSecond` requests per second for ever; the policy advertises the burst as
 * the quota and the time to refill it as the window.
 */
export function createRateLimiter(fairUse: FairUse) {
  const { burst, perSecond } = fairUse;
  const windowSeconds = Math.ceil(burst / perSecond);
  const policy = `"${POLICY_NAME}";q=${burst};w=${windowSeconds}`;
  // A bucket untouched for a full window is full again: forgetting it changes nothing.
  const buckets = new BoundedMap<Bucket>(fairUse.maxTracked, windowSeconds * 1000);

  /** Takes one token for `client` at `now` (epoch ms). */
  return function take(client: string, now = Date.now()): RateDecision {
    const bucket = buckets.get(client, now) ?? { tokens: burst, updated: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.updated) / 1000) * perSecond);
    bucket.updated = now;
    const allowed = bucket.tokens >= 1;
    if (allowed) bucket.tokens -= 1;
    buckets.set(client, bucket, now);
    const remaining = Math.floor(bucket.tokens);
    const resetSeconds = remaining >= 1 ? 0 : Math.ceil((1 - bucket.tokens) / perSecond);
    return {
      allowed,
      remaining,
      resetSeconds,
      headers: { 'RateLimit-Policy': policy, RateLimit: `"${POLICY_NAME}";r=${remaining};t=${resetSeconds}` },
    };
  };
}

/**
 * The key a client is counted under: its IPv4 address, or the /64 prefix of
 * its IPv6 address (one host usually holds a whole /64).
 */
export function clientKey(address: string): string {
  const v4 = /^(?:::ffff:)?(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (v4) return v4[1]!;
  if (!address.includes(':')) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
