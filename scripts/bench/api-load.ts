/**
 * The API under load, side by side with a bare node:http server serving the
 * same bytes: for each server and each path (200, 304), requests/s, p99 and
 * the server's CPU time per request.
 *
 * How it is measured, and why (each choice cut a source of noise seen on a
 * 2-vCPU VM, where a one-server-at-a-time round of seconds varied 2× between
 * rounds and two copies of the same server differed by 4 %):
 * - Each contender runs as several processes: a process's own luck (memory
 *   layout, JIT decisions) shifts its cost by a few per cent for its whole life.
 * - When `taskset` exists, every server runs on the last CPU and this process
 *   (the load) on the first, so the load never competes with a server.
 * - The load is a raw-socket closed loop (load-driver.ts), cheap enough that
 *   the server saturates: CPU per request is then the server's own cost, not
 *   a function of how often it sleeps.
 * - Servers take short slices in a shuffled order within each cycle, so a slow
 *   spell of the machine falls on all of them alike; a cycle's ratio compares
 *   servers measured within the same second or two, and the table gives the
 *   median and the quartiles of those ratios over all cycles.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { startServer, type RunningServer } from '../../api/testing/spawn-server.ts';
import { LoadDriver } from './load-driver.ts';
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
  /** Rounds over every process, each path. */
  cycles: number;
  /** Milliseconds of load each process gets per cycle and path. */
  sliceMs: number;
  connections: number;
  /** Processes per contender. */
  processes: number;
}

const median = (values: number[]) => quantile(values, 0.5);
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low]! + (sorted[Math.min(low + 1, sorted.length - 1)]! - sorted[low]!) * (at - low);
}

/** A seeded shuffle (mulberry32), so runs take the same orders. */
function shuffler(seed: number) {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return <T>(items: T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
}

/** Pins the servers to the last CPU and this process to the first; says whether it could. */
function pin(servers: RunningServer[]): string {
  const cpus = availableParallelism();
  if (cpus < 2 || spawnSync('taskset', ['-V']).status !== 0) return 'not pinned (needs taskset and 2 CPUs)';
  const serverCpu = String(cpus - 1);
  for (const server of servers) execFileSync('taskset', ['-a', '-p', '-c', serverCpu, String(server.child.pid)], { stdio: 'ignore' });
  execFileSync('taskset', ['-a', '-p', '-c', '0', String(process.pid)], { stdio: 'ignore' });
  return `servers on CPU ${serverCpu}, load on CPU 0`;
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
 * request divided into the reference's in the same cycle (≥ 1: no dearer than bare).
 */
export async function loadApi(contenders: Contender[], options: LoadOptions) {
  const instances = contenders.flatMap((contender, index) => Array.from({ length: options.processes }, () => ({ contender, index })));
  const servers = await Promise.all(
    instances.map(({ contender: c }) => startServer(c.env ?? {}, c.entry, c.args ?? [], { discardOutput: true })),
  );
  const drivers = servers.map((server) => new LoadDriver(server.port, options.connections));
  try {
    // Each contender's own entity-tag for the 304 path: a baseline checkout may serve other bytes (its own dataset).
    const firstOf = contenders.map((_, index) => instances.findIndex((instance) => instance.index === index));
    const etags = await Promise.all(
      firstOf.map(
        async (i) =>
          (await fetch(`${servers[i]!.origin}${options.resource}`, { headers: { 'Accept-Encoding': 'identity' } })).headers.get('etag')!,
      ),
    );
    const paths = [
      { status: 200, fields: (_index: number): Record<string, string> => ({}) },
      { status: 304, fields: (index: number): Record<string, string> => ({ 'If-None-Match': etags[index]! }) },
    ];
    for (const { status, fields } of paths) {
      const expected = await fingerprint(servers[0]!.origin, options.resource, fields(0));
      for (const [index, contender] of contenders.entries()) {
        if (index > 0 && (await fingerprint(servers[firstOf[index]!]!.origin, options.resource, fields(index))) !== expected) {
          console.warn(`note: ${contender.name} answers the ${status} path with other fields or bytes than ${contenders[0]!.name}`);
        }
      }
    }
    const placement = pin(servers);
    // What a client sends, with no Accept-Encoding: the identity variant, as the bare server serves.
    const requests = paths.map(({ status, fields }) => ({
      status,
      bytes: contenders.map((_, index) =>
        Buffer.from(
          `GET ${options.resource} HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: bench\r\nAccept: */*\r\n` +
            Object.entries(fields(index))
              .map(([name, value]) => `${name}: ${value}\r\n`)
              .join('') +
            '\r\n',
        ),
      ),
    }));

    const shuffle = shuffler(0x3040);
    const order = servers.map((_, i) => i);
    // Warm-up: every process on both paths, so the JIT has settled before anything counts.
    for (const request of requests) {
      for (const i of order) {
        await drivers[i]!.connect();
        await drivers[i]!.run(request.bytes[instances[i]!.index]!, request.status, options.sliceMs);
      }
    }

    type Cycle = { cpu: number[]; rps: number[] };
    const cycles = new Map<number, Cycle[]>(requests.map((r) => [r.status, []]));
    const latencies = new Map<string, number[]>();
    let surprises = 0;
    for (let cycle = 0; cycle < options.cycles; cycle++) {
      for (const request of requests) {
        const used = contenders.map(() => 0);
        const answered = contenders.map(() => 0);
        const busyMs = contenders.map(() => 0);
        for (const i of shuffle(order)) {
          const { index } = instances[i]!;
          await drivers[i]!.connect();
          const pid = servers[i]!.child.pid!;
          const before = cpuMicros(pid);
          const started = performance.now();
          const slice = await drivers[i]!.run(request.bytes[index]!, request.status, options.sliceMs);
          busyMs[index]! += performance.now() - started;
          used[index]! += cpuMicros(pid) - before;
          answered[index]! += slice.responses;
          surprises += slice.surprises;
          const key = `${request.status}/${index}`;
          const seen = latencies.get(key) ?? [];
          for (const latency of slice.latencies) seen.push(latency);
          latencies.set(key, seen);
        }
        cycles.get(request.status)!.push({
          cpu: used.map((micros, index) => micros / answered[index]!),
          rps: answered.map((count, index) => (count * 1000) / busyMs[index]!),
        });
      }
    }
    if (surprises > 0) console.warn(`note: ${surprises} answers had another status than the path's, or were cut off`);

    const rows: Record<string, Record<string, string | number>> = {};
    for (const { status } of requests) {
      const runs = cycles.get(status)!;
      for (const [index, contender] of contenders.entries()) {
        const cpu = runs.map((run) => run.cpu[index]!);
        const ratios = runs.map((run) => run.cpu[0]! / run.cpu[index]!);
        rows[`${status}  ${contender.name}`] = {
          'req/s': Math.round(median(runs.map((run) => run.rps[index]!))),
          'p99 (ms)': quantile(latencies.get(`${status}/${index}`)!, 0.99).toFixed(2),
          'CPU µs/req': median(cpu).toFixed(1),
          'bare/this': median(ratios).toFixed(3),
          quartiles: `${quantile(ratios, 0.25).toFixed(3)}–${quantile(ratios, 0.75).toFixed(3)}`,
        };
      }
    }
    return { rows, placement };
  } finally {
    for (const driver of drivers) driver.close();
    await Promise.all(servers.map((server) => server.stop()));
  }
}
