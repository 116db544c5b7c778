/**
 * `npm run serve:edge`: serves dist/ and the API inside workerd, Cloudflare's
 * runtime, exactly as `wrangler deploy` would ship them: wrangler bundles
 * `api/worker.ts` from wrangler.jsonc (a dry run, nothing is uploaded) and
 * Miniflare runs that bundle with the config's static assets, `_headers` and
 * `_redirects` included. Listens on HOST:PORT, logs one line when listening
 * (the Node entry's wording). On SIGTERM or SIGINT it lets workerd drain (no
 * new connections, requests in flight finish), then exits 0, as the Node entry does.
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Log, LogLevel, Miniflare } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';
import { DRAIN_LIMIT_MS } from '../drain.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const configPath = join(root, 'wrangler.jsonc');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const silent = process.env.LOG_LEVEL === 'silent';

if (!/^\d+$/.test(process.env.PORT ?? '3000') || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535; got "${process.env.PORT}".`);
  process.exit(1);
}

/** Bundles the worker with wrangler's own bundler (what `wrangler deploy` uploads); returns the module's path. */
function bundleWorker(outdir: string): string {
  const wranglerBin = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin', 'wrangler.js');
  try {
    execFileSync(process.execPath, [wranglerBin, 'deploy', '--dry-run', '--outdir', outdir, '--config', configPath], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_LOG: 'error' },
    });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    console.error(`wrangler could not bundle api/worker.ts:\n${stderr || (error as Error).message}`);
    process.exit(1);
  }
  return join(outdir, 'worker.js');
}

let stopping = false;

const outdir = mkdtempSync(join(tmpdir(), 'status-edge-'));
const signalHandlers = { SIGTERM: () => shutdown('SIGTERM'), SIGINT: () => shutdown('SIGINT') } as const;
process.on('SIGTERM', signalHandlers.SIGTERM);
process.on('SIGINT', signalHandlers.SIGINT);

/**
 * Miniflare's exit hook answers SIGTERM with an immediate exit 143 (130 for
 * SIGINT), which would cut the drain short: its signal listeners are removed
 * once miniflare has added them. Its exit callbacks still run on exit.
 */
function keepOnlyOurSignalHandlers(): void {
  for (const [signal, ours] of Object.entries(signalHandlers)) {
    for (const listener of process.listeners(signal as NodeJS.Signals)) if (listener !== ours) process.off(signal, listener);
  }
}
const scriptPath = bundleWorker(outdir);
const { workerOptions } = unstable_getMiniflareWorkerOptions(configPath);

/**
 * The workerd process miniflare spawns. Miniflare keeps it private, and on its
 * exit restarts it (it takes any exit for a crash), so its `spawn` is watched
 * while it starts: the first listener on the child's exit is then ours.
 */
let runtime: ChildProcess | undefined;
const childProcesses = createRequire(import.meta.url)('node:child_process') as typeof import('node:child_process');
const spawnOriginal = childProcesses.spawn;
childProcesses.spawn = ((...args: Parameters<typeof spawnOriginal>) => {
  const child = spawnOriginal(...args);
  if (/workerd/.test(String(args[0]))) {
    runtime = child;
    // workerd exits after draining: that is the end of a shutdown, never a crash to recover from.
    child.once('exit', () => {
      if (stopping) finish();
    });
  }
  return child;
}) as typeof spawnOriginal;

const miniflare = new Miniflare({
  ...workerOptions,
  name: 'http-status-reference',
  modules: true,
  scriptPath,
  modulesRoot: outdir,
  host,
  port,
  // No Request.cf download: a fixed placeholder object, and no other traffic leaves the machine.
  cf: false,
  telemetry: { enabled: false },
  // One line per request, as the Node entry logs, unless LOG_LEVEL=silent.
  logRequests: !silent,
  log: new Log(silent ? LogLevel.ERROR : LogLevel.INFO),
});
keepOnlyOurSignalHandlers();

let url: URL;
try {
  url = await miniflare.ready;
  childProcesses.spawn = spawnOriginal;
  keepOnlyOurSignalHandlers();
} catch (error) {
  console.error(`workerd did not start: ${error instanceof Error ? error.message : error}`);
  rmSync(outdir, { recursive: true, force: true });
  process.exit(1);
}
console.log(`Listening on ${url.href} (workerd, from ${scriptPath.replace(outdir, '<bundle>')} and dist/ as static assets)`);

/**
 * Lets workerd drain: on SIGTERM it stops accepting connections and exits once
 * the requests in flight are answered. After DRAIN_LIMIT_MS, or if workerd is
 * not running, this process exits anyway (miniflare's exit hook ends workerd).
 */
function shutdown(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received; finishing requests in flight.`);
  if (!runtime || runtime.exitCode !== null || runtime.signalCode !== null || !runtime.kill('SIGTERM')) finish();
  setTimeout(() => {
    console.error(`Requests still in flight after ${DRAIN_LIMIT_MS / 1000} s; exiting.`);
    finish();
  }, DRAIN_LIMIT_MS).unref();
}

/** Removes the bundle and exits 0. */
function finish(): never {
  rmSync(outdir, { recursive: true, force: true });
  process.exit(0);
}
