/**
 * The conformance suite against workerd (`npm run serve:edge`): the bundle
 * `wrangler deploy` would upload, with dist/ as the platform's static assets.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer, type RunningServer } from '../testing/spawn-server.ts';
import { conformanceSuite } from './suite.ts';

const edgeEntry = fileURLToPath(new URL('../edge/serve.ts', import.meta.url));

let server: RunningServer;
// Bundling with wrangler and starting workerd take several seconds on a busy machine.
beforeAll(async () => {
  server = await startServer({}, edgeEntry);
}, 120_000);
afterAll(async () => {
  expect(await server.stop()).toBe(0);
}, 30_000);

conformanceSuite({
  name: 'workerd',
  origin: () => server.origin,
  port: () => server.port,
  site: { lastModified: false, date: false, tagPerCoding: false, slashRedirect: 307 },
});
