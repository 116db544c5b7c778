/**
 * `npm run nginx-conf -- --root /srv/http-status/dist --listen 80`: prints an
 * nginx `server` block for a build (see scripts/static-host/nginx.ts). Run it
 * after `npm run build`, on the build you deploy; include the output from
 * nginx's `http` block. `DIST_DIR` picks the build to read (default dist/);
 * `--root` is where nginx will find it (default: that folder).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readBuildInfo } from '../api/static-site.ts';
import { nginxServer } from './static-host/nginx.ts';
import { staticTarget } from './static-host/static-target.ts';

const distDir = resolve(process.env.DIST_DIR ?? fileURLToPath(new URL('../dist/', import.meta.url)));
try {
  const { values } = parseArgs({ options: { root: { type: 'string' }, listen: { type: 'string' } } });
  const info = readBuildInfo(distDir);
  process.stdout.write(nginxServer(staticTarget(distDir, info), info, { root: values.root ?? distDir, listen: values.listen ?? '80' }));
} catch (error) {
  console.error(`nginx-conf: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
