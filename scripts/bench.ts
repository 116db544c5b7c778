/**
 * `npm run bench`: measures, never fails on a number.
 * 1. The API against a bare node:http server serving the same bytes: requests/s
 *    and p99 latency of GET /api/v1/codes/304 on the 200 path and the 304 path,
 *    alternating the two servers, loopback only, bounded in time.
 * 2. The site build: total time and time per page; gzipped HTML and CSS sizes.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { startServer } from '../api/testing/spawn-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(root, 'dist');
const RESOURCE = '/api/v1/codes/304';
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);

async function load(url: string, headers: Record<string, string>) {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  if (result.errors > 0) console.warn(`${url}: ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

function htmlFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
  });
}

async function buildCost() {
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build exited with ${code}`))));
  });
  const seconds = (performance.now() - started) / 1000;
  const pages = htmlFiles(distDir);
  const gzipped = pages.map((file) => ({ file, bytes: gzipSync(readFileSync(file)).byteLength }));
  const largest = gzipped.sort((a, b) => b.bytes - a.bytes)[0]!;
  const css = readdirSync(join(distDir, '_astro')).filter((name) => name.endsWith('.css'));
  const cssBytes = css.reduce((sum, name) => sum + gzipSync(readFileSync(join(distDir, '_astro', name))).byteLength, 0);
  return { seconds, pages: pages.length, largest, cssBytes };
}

const build = await buildCost();
console.log('\nSite build');
console.table({
  'build time (s)': build.seconds.toFixed(1),
  pages: build.pages,
  'ms per page': ((build.seconds * 1000) / build.pages).toFixed(1),
  'largest page, gzipped (KB)': `${(build.largest.bytes / 1024).toFixed(1)} (${build.largest.file.slice(distDir.length)})`,
  'CSS, gzipped (KB)': (build.cssBytes / 1024).toFixed(1),
});

const ours = await startServer();
const bare = await startServer({}, join(root, 'scripts/bench/bare-server.ts'), [RESOURCE]);
try {
  const etag = (await fetch(`${ours.origin}${RESOURCE}`)).headers.get('etag')!;
  const paths = { '200 path': {}, '304 path': { 'if-none-match': etag } } as const;
  const totals: Record<string, { ours: number[]; bare: number[]; oursP99: number[]; bareP99: number[] }> = {};
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, headers] of Object.entries(paths)) {
      totals[name] ??= { ours: [], bare: [], oursP99: [], bareP99: [] };
      const entry = totals[name];
      const a = await load(`${ours.origin}${RESOURCE}`, headers);
      const b = await load(`${bare.origin}${RESOURCE}`, headers);
      entry.ours.push(a.rps);
      entry.oursP99.push(a.p99);
      entry.bare.push(b.rps);
      entry.bareP99.push(b.p99);
    }
  }
  const mean = (values: number[]) => values.reduce((x, y) => x + y, 0) / values.length;
  console.log(`\nGET ${RESOURCE}: ${CONNECTIONS} connections, ${DURATION_S}s per run, ${ROUNDS} alternating rounds`);
  console.table(
    Object.fromEntries(
      Object.entries(totals).map(([name, t]) => [
        name,
        {
          'API req/s': Math.round(mean(t.ours)),
          'bare node:http req/s': Math.round(mean(t.bare)),
          ratio: (mean(t.ours) / mean(t.bare)).toFixed(2),
          'API p99 (ms)': mean(t.oursP99).toFixed(1),
          'bare p99 (ms)': mean(t.bareP99).toFixed(1),
        },
      ]),
    ),
  );
} finally {
  await Promise.all([ours.stop(), bare.stop()]);
}
