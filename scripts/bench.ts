/**
 * `npm run bench`: measures, never fails on a number.
 * 1. The site build: total time and time per page; gzipped HTML and CSS sizes
 *    (BENCH_SKIP_BUILD=1 skips it and uses the existing dist/).
 * 2. GET /api/v1/codes/304 on the 200 and the 304 path: requests/s, p99 and
 *    server CPU per request, for a bare node:http server serving the same
 *    bytes, the API with text logs, JSON logs, logs off, and through Hono
 *    alone (FAST_PATH=off); with BENCH_BASELINE=<checkout>, the same rows for
 *    that checkout's server in the same cycles. Loopback only, bounded in
 *    time; how and why it is measured so: bench/api-load.ts.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { type Contender, loadApi } from './bench/api-load.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const distDir = join(root, 'dist');
const RESOURCE = '/api/v1/codes/304';
const CYCLES = Number(process.env.BENCH_CYCLES ?? 20);
const SLICE_MS = Number(process.env.BENCH_SLICE_MS ?? 150);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 3);
const BASELINE = process.env.BENCH_BASELINE;

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

if (process.env.BENCH_SKIP_BUILD !== '1') {
  const build = await buildCost();
  console.log('\nSite build');
  console.table({
    'build time (s)': build.seconds.toFixed(1),
    pages: build.pages,
    'ms per page': ((build.seconds * 1000) / build.pages).toFixed(1),
    'largest page, gzipped (KB)': `${(build.largest.bytes / 1024).toFixed(1)} (${build.largest.file.slice(distDir.length)})`,
    'CSS, gzipped (KB)': (build.cssBytes / 1024).toFixed(1),
  });
}

const contenders: Contender[] = [
  { name: 'bare node:http', entry: join(root, 'scripts/bench/bare-server.ts'), args: [RESOURCE] },
  { name: 'API, text logs', env: { LOG_LEVEL: 'info' } },
  { name: 'API, JSON logs', env: { LOG_LEVEL: 'info', LOG_FORMAT: 'json' } },
  { name: 'API, logs off', env: { LOG_LEVEL: 'silent' } },
  { name: 'API, Hono path only, text logs', env: { LOG_LEVEL: 'info', FAST_PATH: 'off' } },
];
// BENCH_BASELINE=<checkout of another commit>: the same API rows for that commit's server, in the same rounds.
if (BASELINE) {
  const entry = join(BASELINE, 'api/server.ts');
  const dist = process.env.DIST_DIR ?? distDir;
  contenders.push(
    { name: 'before: text logs', entry, env: { LOG_LEVEL: 'info', DIST_DIR: dist } },
    { name: 'before: JSON logs', entry, env: { LOG_LEVEL: 'info', LOG_FORMAT: 'json', DIST_DIR: dist } },
    { name: 'before: logs off', entry, env: { LOG_LEVEL: 'silent', DIST_DIR: dist } },
  );
}
const slices = contenders.length * PROCESSES * 2 * (CYCLES + 1);
console.log(
  `\nGET ${RESOURCE} (identity): ${contenders.length} servers × ${PROCESSES} processes × 200 and 304 paths × ${CYCLES} cycles ` +
    `× ${SLICE_MS} ms ≈ ${Math.ceil((slices * SLICE_MS) / 60_000)} min of load; ${CONNECTIONS} connections per process, loopback`,
);
const { rows, placement } = await loadApi(contenders, {
  resource: RESOURCE,
  cycles: CYCLES,
  sliceMs: SLICE_MS,
  connections: CONNECTIONS,
  processes: PROCESSES,
});
console.log(
  `${placement}. CPU µs/req: the server processes' CPU time (the scheduler's count, every thread) over requests answered, ` +
    "median over cycles; bare/this: per cycle, bare's CPU per request over this one's (≥ 1: no dearer than bare node:http), median and quartiles.",
);
console.table(rows);
