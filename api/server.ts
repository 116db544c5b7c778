/**
 * Node entry: loads the build from dist/, computes every representation, then
 * listens on HOST:PORT. Logs one line when listening and one per request
 * (buffered, see node/log-writer.ts); on SIGTERM or SIGINT it stops
 * accepting, lets in-flight requests finish, writes out every log line and
 * exits 0. An uncaught error is logged to stderr, the log is written out, and
 * the process exits 1.
 */
import { getRequestListener } from '@hono/node-server';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.ts';
import { buildCatalog } from './catalog.ts';
import { DRAIN_LIMIT_MS } from './drain.ts';
import { API_BASE } from './endpoints.ts';
import { createClientErrorHandler } from './node/client-error.ts';
import { createFastPath } from './node/fast-path.ts';
import { closeQuietConnections } from './node/idle-connections.ts';
import { createLogWriter } from './node/log-writer.ts';
import { createRequestLog, logOptionsFromEnv } from './node/request-log.ts';
import { useRegistryPhrases } from './node/status-phrases.ts';
import { transportFromEnv } from './respond/node-transport.ts';
import { loadStaticSite, type StaticSite } from './static-site.ts';
import { isGeneratedPairFile, readPairTemplate, withPairPages } from './pair-pages.ts';
import { PAIR_TEMPLATE_FILE } from '../site/pair/page.ts';
import { statusCodes } from '../data/dataset.ts';

// DIST_DIR lets a deployment (or a test) serve a build from elsewhere.
const distDir = process.env.DIST_DIR ?? fileURLToPath(new URL('../dist/', import.meta.url));
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

if (!/^\d+$/.test(process.env.PORT ?? '3000') || port > 65535) {
  console.error(`PORT must be a whole number from 0 to 65535; got "${process.env.PORT}".`);
  process.exit(1);
}

let site: StaticSite;
try {
  // The static API export under dist/api/v1 is for static hosts; here the live API answers those URLs.
  site = loadStaticSite(
    distDir,
    (path) =>
      path.startsWith(`${API_BASE}/`) || path === `${API_BASE}.json` || path === `/${PAIR_TEMPLATE_FILE}` || isGeneratedPairFile(path),
  );
  // Any pair of codes but a curated one is generated from the build's template on request.
  site = withPairPages(site, readPairTemplate(distDir));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const catalog = buildCatalog();
useRegistryPhrases(statusCodes);
// The test endpoint gets the connection: 103 Early Hints, 100 Continue and resets need it.
const app = createApp({ site, catalog, respond: { transport: transportFromEnv } });
const honoListener = getRequestListener(app.fetch);
// FAST_PATH=off sends every request through Hono (to measure what the fast path is worth; see npm run bench).
const fastPath = process.env.FAST_PATH === 'off' ? () => undefined : createFastPath(catalog, site);
const log = createLogWriter();
const requestLog = createRequestLog(logOptionsFromEnv(process.env), log);

/** Answers on the fast path when it can, through Hono otherwise; logs the exchange unless logging is off. */
function onRequest(req: IncomingMessage, res: ServerResponse): void {
  if (!requestLog) {
    if (!fastPath(req, res)) void honoListener(req, res);
    return;
  }
  const started = performance.now();
  const route = fastPath(req, res);
  if (route) {
    // GET or HEAD: the fast path answers nothing else. Each route keeps its line starts, encoded once.
    const method = req.method as 'GET' | 'HEAD';
    let start = route.lineStarts[method];
    if (!start) {
      start = requestLog.lineStart(method, route.path);
      route.lineStarts[method] = start;
    }
    requestLog.sentAs(start, res.statusCode, started);
  } else {
    void honoListener(req, res).then(() => requestLog.settled(req, res, started));
  }
}

// optimizeEmptyRequests (Node 24.12): a request with neither Content-Length nor Transfer-Encoding has no
// content (RFC 9112 §6.3), so node:http starts its body stream already ended instead of running a stream's
// life cycle per GET. A POST without either reads as empty content, as it should (api/respond tests).
const MAX_HEADER_SIZE = 16 * 1024;
const server = createServer({ maxHeaderSize: MAX_HEADER_SIZE, optimizeEmptyRequests: true }, onRequest);
// A request node:http cannot parse gets a problem document and a log line like any other bad request.
server.on('clientError', createClientErrorHandler(requestLog, MAX_HEADER_SIZE));
// Expect: 100-continue reaches the app, which sends 100 only when it will read the content and
// otherwise answers at once (RFC 9110 §10.1.1); without this listener Node would send 100 itself.
server.on('checkContinue', onRequest);
// Quiet connections are closed by a timer of their own, not by node:http's keep-alive timer per response.
closeQuietConnections(server);

server.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EADDRINUSE') console.error(`Port ${port} on ${host} is already in use. Set PORT to a free port.`);
  else console.error(`Cannot listen on ${host}:${port}: ${error.message}`);
  process.exit(1);
});

server.listen(port, host, () => {
  const address = server.address();
  const shown =
    typeof address === 'object' && address
      ? `${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
      : `${host}:${port}`;
  log.line(`Listening on http://${shown}/ (site: ${site.fileCount} files, API: ${API_BASE})`);
});

/** Writes out every log line, then exits. */
async function exit(code: number): Promise<never> {
  await log.flush();
  process.exit(code);
}

function shutdown(signal: string): void {
  log.line(`${signal} received; finishing requests in flight.`);
  server.close(() => void exit(0));
  // Idle keep-alive connections would hold close() open; requests in flight still complete.
  server.closeIdleConnections();
  setTimeout(() => {
    console.error(`Requests still in flight after ${DRAIN_LIMIT_MS / 1000} s; exiting.`);
    void exit(0);
  }, DRAIN_LIMIT_MS).unref();
}
process.once('SIGTERM', () => shutdown('SIGTERM'));
process.once('SIGINT', () => shutdown('SIGINT'));

// A bug must not take the log lines of answered requests with it: report it, write the log out, exit 1.
let failing = false;
process.on('uncaughtException', (error) => {
  console.error('Uncaught error; exiting.', error);
  if (failing) process.exit(1);
  failing = true;
  server.close();
  void exit(1);
});
