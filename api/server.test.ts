/**
 * The Node entry over a real socket, against the built site (npm test builds
 * first): the site and the API on one port, nothing outside dist/, clean
 * shutdown. Validators and 304s: conformance/suite.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawExchange as raw } from './testing/raw-socket.ts';
import { startServer, type RunningServer } from './testing/spawn-server.ts';

const rawExchange = (request: string) => raw(port, request);

let server: RunningServer;
let port: number;

beforeAll(async () => {
  server = await startServer();
  ({ port } = server);
});

afterAll(async () => {
  await server.stop();
});

describe('one server for the site and the API', () => {
  it('never serves a file outside dist/', async () => {
    for (const path of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/..%2fpackage.json',
      '/%2e%2e%2f%2e%2e%2fetc/passwd',
      '/api/../../package.json',
    ]) {
      const wire = await rawExchange(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
      expect(wire, path).not.toContain('"devDependencies"');
      expect(wire, path).not.toContain('root:x:0:0');
      expect(wire, path).not.toMatch(/^HTTP\/1\.1 5/);
    }
  });

  it('exits 0 on SIGTERM', async () => {
    expect(await server.stop()).toBe(0);
  });
});
