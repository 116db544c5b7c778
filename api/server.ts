/**
 * Node entry: loads the build from dist/, computes every representation, then
 * listens on HOST:PORT. Logs one line when listening; on SIGTERM or SIGINT it
 * stops accepting, lets in-flight requests finish, and exits 0.
 */
import { serve } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { loadStaticSite } from './static-site.ts';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be an integer from 0 to 65535; got "${process.env.PORT}".`);
  process.exit(1);
}

let site;
try {
  site = loadStaticSite(distDir, (path) => path.startsWith('/api/v1/') || path === '/api/v1.json');
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const app = createApp({ site });
const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  const shownHost = info.family === 'IPv6' ? `[${info.address}]` : info.address;
  console.log(`Listening on http://${shownHost}:${info.port}/ (site: ${site.fileCount} files, API: /api/v1)`);
});

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') console.error(`Port ${port} on ${host} is already in use. Set PORT to a free port.`);
  else console.error(`Cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});

function shutdown(signal: string): void {
  console.log(`${signal} received; finishing requests in flight.`);
  server.close(() => process.exit(0));
  // Idle keep-alive connections would hold close() open; in-flight requests still complete.
  if ('closeIdleConnections' in server) server.closeIdleConnections();
  setTimeout(() => process.exit(0), 10_000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
