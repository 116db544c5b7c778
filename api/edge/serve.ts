/**
 * `npm run serve:edge`: serves dist/ and the API inside workerd, Cloudflare's
 * runtime, exactly as `wrangler deploy` would ship them: wrangler bundles
 * `api/worker.ts` from wrangler.jsonc (a dry run, nothing is uploaded) and
 * Miniflare runs that bundle with the config's static assets, `_headers` and
 * `_redirects` included. Listens on HOST:PORT, logs one line when listening
 * (the Node entry's wording), and exits 0 on SIGTERM or SIGINT.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Log, LogLevel, Miniflare } from 'miniflare';
import { unstable_getMiniflareWorkerOptions } from 'wrangler';

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

const outdir = mkdtempSync(join(tmpdir(), 'status-edge-'));
// Registered before miniflare's own signal handlers (which exit 130 or 143), so these run first.
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));
const scriptPath = bundleWorker(outdir);
const { workerOptions } = unstable_getMiniflareWorkerOptions(configPath);

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

let url: URL;
try {
  url = await miniflare.ready;
} catch (error) {
  console.error(`workerd did not start: ${error instanceof Error ? error.message : error}`);
  rmSync(outdir, { recursive: true, force: true });
  process.exit(1);
}
console.log(`Listening on ${url.href} (workerd, from ${scriptPath.replace(outdir, '<bundle>')} and dist/ as static assets)`);

/**
 * Stops at once: workerd holds no state worth draining, and miniflare's own
 * exit hook ends the workerd process as this one exits.
 */
function shutdown(signal: string): void {
  console.log(`${signal} received; stopping workerd.`);
  rmSync(outdir, { recursive: true, force: true });
  process.exit(0);
}
