/**
 * The Node entry over a real socket, against the built site (npm test builds
 * first): the site and the API on one port, nothing outside dist/, clean
 * shutdown. Validators and 304s: conformance/suite.ts.
 */
import { once } from 'node:events';
import { connect } from 'node:net';
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

  it('closes a quiet keep-alive connection, but not while its answer is still coming', async () => {
    // sleep=8000 holds the answer's header section 8 s: longer than a connection may stay quiet (6 to 8 s),
    // so the answer arrives only if the server counts it as owed (api/node/idle-connections.ts).
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    const closed = once(socket, 'close');
    socket.write('GET /api/v1/respond/200?sleep=8000 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    // The server closes the connection: the client never does.
    await closed;
    expect(received).toMatch(/^HTTP\/1\.1 200 OK\r\n/);
    expect(received).toMatch(/\r\nConnection: keep-alive\r\n/);
    // node:http's per-response keep-alive timer is off, and with it the advisory Keep-Alive field.
    expect(received).not.toMatch(/\r\nKeep-Alive:/i);
  });

  it('exits 0 on SIGTERM', async () => {
    expect(await server.stop()).toBe(0);
  });
});
