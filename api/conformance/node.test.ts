/** The conformance suite against the Node entry (`node api/server.ts`) over a real socket. */
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '../testing/spawn-server.ts';
import { conformanceSuite } from './suite.ts';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

conformanceSuite({
  name: 'Node',
  origin: () => server.origin,
  port: () => server.port,
  site: { lastModified: true, date: true, tagPerCoding: true, slashRedirect: 308 },
});
