/**
 * A bounded soak on loopback: 200,000 requests at 64 connections, half of
 * them conditional (304), against the real server. Every request answered,
 * every answer 200 or 304, and resident memory that does not keep growing.
 * Bounded by count, not time: autocannon's per-request timeout is set far
 * beyond any answer, so a slow or busy machine makes the soak longer, never
 * red. Speed is printed here and measured by `npm run bench`, not asserted.
 */
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './testing/spawn-server.ts';

const REQUESTS = Number(process.env.SOAK_REQUESTS ?? 200_000);
const CONNECTIONS = 64;
/** Seconds autocannon waits for one answer: a guard against a hung server, far from any speed claim. */
const ANSWER_TIMEOUT_S = 120;
let server: RunningServer;

/** Resident set size of the server process, in MiB (Linux /proc). */
function rssMiB(): number {
  const status = readFileSync(`/proc/${server.child.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

async function run(amount: number, etag: string) {
  return autocannon({
    url: server.origin,
    connections: CONNECTIONS,
    amount,
    timeout: ANSWER_TIMEOUT_S,
    requests: [
      { method: 'GET', path: '/api/v1/codes/304' },
      { method: 'GET', path: '/api/v1/codes/304', headers: { 'if-none-match': etag } },
      { method: 'GET', path: '/compare/304-vs-200/' },
      { method: 'GET', path: '/api/v1/codes?class=4xx' },
    ],
  });
}

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

describe('soak', () => {
  it(`serves ${REQUESTS} mixed requests with no error and flat memory`, async () => {
    // The identity variant's tag: autocannon sends no Accept-Encoding.
    const etag = (await fetch(`${server.origin}/api/v1/codes/304`, { headers: { 'Accept-Encoding': 'identity' } })).headers.get('etag')!;
    await run(20_000, etag); // warm-up: JIT, lazily kept query results, socket buffers
    const before = rssMiB();
    const result = await run(REQUESTS, etag);
    const after = rssMiB();
    const statuses = Object.fromEntries(
      Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, (stat as { count: number }).count]),
    );
    console.log(
      `soak: ${result.requests.total} requests in ${result.duration.toFixed(1)} s (${Math.round(result.requests.average)} req/s), ` +
        `p99 ${result.latency.p99} ms, errors ${result.errors}, timeouts ${result.timeouts}, statuses ${JSON.stringify(statuses)}, ` +
        `RSS ${before.toFixed(1)} MiB -> ${after.toFixed(1)} MiB`,
    );
    expect(result.errors).toBe(0);
    expect(result.requests.total).toBeGreaterThanOrEqual(REQUESTS);
    expect(Object.keys(statuses).sort()).toEqual(['200', '304']);
    expect(after - before).toBeLessThan(40);
  }, 900_000);
});
