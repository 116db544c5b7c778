/**
 * The API under load, side by side with a bare node:http server serving the
 * same bytes: for each server and each path (200, 304), requests/s, p99 and
 * the server's CPU time per request. Each server is its own process; the load
 * comes from this process (autocannon), so the figures are the server's alone.
 * Servers take turns within each round and the order rotates from round to
 * round; the table shows medians and the spread across rounds.
 */
import autocannon from 'autocannon';
import { startServer, type RunningServer } from '../../api/testing/spawn-server.ts';
import { cpuMicros } from './process-cpu.ts';

/** One server to measure: how to start it. */
export interface Contender {
  name: string;
  env?: Record<string, string>;
  entry?: string;
  args?: string[];
}

export interface LoadOptions {
  resource: string;
  seconds: number;
  connections: number;
  rounds: number;
}

interface Sample {
  rps: number;
  p99: number;
  cpuPerRequest: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

async function measure(server: RunningServer, options: LoadOptions, headers: Record<string, string>): Promise<Sample> {
  const pid = server.child.pid!;
  const before = cpuMicros(pid);
  const result = await autocannon({
    url: `${server.origin}${options.resource}`,
    connections: options.connections,
    duration: options.seconds,
    headers,
  });
  const used = cpuMicros(pid) - before;
  if (result.errors > 0) {
    console.warn(`${server.origin}: ${result.errors} errors`);
  }
  return { rps: result.requests.average, p99: result.latency.p99, cpuPerRequest: used / result.requests.total };
}

/** Status and header fields of an answer, without those that change per response or per connection. */
async function fingerprint(origin: string, resource: string, headers: Record<string, string>): Promise<string> {
  const response = await fetch(`${origin}${resource}`, { headers: { 'Accept-Encoding': 'identity', ...headers } });
  const body = Buffer.from(await response.arrayBuffer()).toString('base64');
  const fields = [...response.headers].filter(([name]) => !['date', 'connection', 'keep-alive'].includes(name)).sort();
  return JSON.stringify({ status: response.status, fields, body });
}

/**
 * Runs the load against every contender on the 200 and the 304 path. The first
 * contender is the reference (bare node:http); each row's ratio is its CPU per
 * request divided into the reference's (≥ 1 means no dearer than bare).
 */
export async function loadApi(contenders: Contender[], options: LoadOptions) {
  const servers = await Promise.all(contenders.map((c) => startServer(c.env ?? {}, c.entry, c.args ?? [], { discardOutput: true })));
  try {
    const etag = (await fetch(`${servers[0]!.origin}${options.resource}`, { headers: { 'Accept-Encoding': 'identity' } })).headers.get(
      'etag',
    )!;
    const paths: Record<string, Record<string, string>> = { '200': {}, '304': { 'if-none-match': etag } };
    for (const [path, headers] of Object.entries(paths)) {
      const reference = await fingerprint(servers[0]!.origin, options.resource, headers);
      for (const [i, server] of servers.entries()) {
        if (i > 0 && (await fingerprint(server.origin, options.resource, headers)) !== reference) {
          console.warn(
            `note: ${contenders[i]!.name} does not answer the ${path} path with the same fields and bytes as ${contenders[0]!.name}`,
          );
        }
      }
    }

    const samples = new Map<string, Sample[]>();
    for (let round = 0; round < options.rounds; round++) {
      for (const [path, headers] of Object.entries(paths)) {
        for (let k = 0; k < servers.length; k++) {
          const i = (k + round) % servers.length;
          const key = `${i}/${path}`;
          const sample = await measure(servers[i]!, options, headers);
          samples.set(key, [...(samples.get(key) ?? []), sample]);
        }
      }
    }

    const rows: Record<string, Record<string, string | number>> = {};
    for (const path of Object.keys(paths)) {
      const referenceCpu = samples.get(`0/${path}`)!.map((s) => s.cpuPerRequest);
      for (const [i, contender] of contenders.entries()) {
        const runs = samples.get(`${i}/${path}`)!;
        const cpu = runs.map((s) => s.cpuPerRequest);
        // Per round: the reference's CPU per request over this one's, both measured in the same round.
        const ratios = cpu.map((value, round) => referenceCpu[round]! / value);
        rows[`${path}  ${contender.name}`] = {
          'req/s': Math.round(median(runs.map((s) => s.rps))),
          'p99 (ms)': median(runs.map((s) => s.p99)),
          'CPU µs/req': median(cpu).toFixed(1),
          'CPU spread': `${Math.min(...cpu).toFixed(1)}–${Math.max(...cpu).toFixed(1)}`,
          'bare/this': median(ratios).toFixed(2),
          'bare/this spread': `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`,
        };
      }
    }
    return rows;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}
