/**
 * A Map with a ceiling on its size and an age limit on its entries, for the
 * per-client and per-key state of the test endpoint: whatever clients send,
 * memory stays bounded. Insertion order is recency order: `get` moves an
 * entry to the end, and the oldest entries are dropped first.
 */
export class BoundedMap<V> {
  readonly #entries = new Map<string, { value: V; touched: number }>();
  readonly #maxSize: number;
  readonly #ttlMs: number;

  constructor(maxSize: number, ttlMs: number) {
    this.#maxSize = maxSize;
    this.#ttlMs = ttlMs;
  }

  /** The live value for `key` (refreshing its age), or undefined when absent or expired. */
  get(key: string, now: number): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (now - entry.touched > this.#ttlMs) return undefined;
    entry.touched = now;
    this.#entries.set(key, entry);
    return entry.value;
  }

  /** Stores `value`, dropping the least recently used entries beyond the ceiling. */
  set(key: string, value: V, now: number): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, touched: now });
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#maxSize) break;
      this.#entries.delete(oldest);
    }
  }

  get size(): number {
    return this.#entries.size;
  }
}
