/**
 * The quiet-connection sweep on a real node:http server over loopback sockets.
 * The tests run the sweeps themselves (no timer), so what they check is the
 * rule, not the clock: a connection is closed by the sweep that finds it
 * quiet for the sixth time in a row, never while a byte has moved since the
 * last sweep or an answer is still owed.
 */
import { once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { closeQuietConnections, QUIET_SWEEPS, type QuietConnections } from './idle-connections.ts';

const REQUEST = 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n';

let server: Server;
let quiet: QuietConnections;
/** Responses the handler holds until the test releases them (the Hono path's later answers). */
const held: ServerResponse[] = [];
/** The server's side of each connection, in order. */
const serverSockets: Socket[] = [];

async function start(): Promise<number> {
  server = createServer((req, res) => {
    if (req.url === '/later') {
      quiet.track(res);
      held.push(res);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '2' }).end('ok');
  });
  server.on('connection', (socket: Socket) => serverSockets.push(socket));
  quiet = closeQuietConnections(server, QUIET_SWEEPS, null);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

afterEach(async () => {
  held.length = 0;
  serverSockets.length = 0;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A client connection that records what it receives and whether the server has closed it. */
async function client(port: number) {
  const socket: Socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  let received = '';
  let closed = false;
  socket.on('data', (chunk) => (received += chunk.toString('latin1')));
  const gone = new Promise<void>((resolve) =>
    socket.on('close', () => {
      closed = true;
      resolve();
    }),
  );
  /** Resolves when `count` answers (HTTP/1.1 status lines) have arrived in all. */
  const answers = async (count: number) => {
    while ((received.match(/HTTP\/1\.1 \d{3} /g) ?? []).length < count) {
      if (closed) throw new Error('the connection was closed before the answer came');
      await Promise.race([once(socket, 'data'), gone]);
    }
  };
  return { socket, answers, gone, received: () => received, closed: () => closed };
}

/** Waits, turn by turn, until `done()` holds. */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setImmediate(resolve));
}

/** Runs `count` sweeps, letting the event loop turn after each (a destroyed socket closes on a later turn). */
async function sweeps(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    quiet.sweep();
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('closeQuietConnections', () => {
  it('turns node:http keep-alive timer off, so answers carry no Keep-Alive field', async () => {
    const port = await start();
    expect(server.keepAliveTimeout).toBe(0);
    const c = await client(port);
    c.socket.write(REQUEST);
    await c.answers(1);
    expect(c.received()).toMatch(/\r\nConnection: keep-alive\r\n/);
    expect(c.received()).not.toMatch(/\r\nKeep-Alive:/i);
    c.socket.destroy();
  });

  it('closes a keep-alive connection on the sixth quiet sweep after its answer, not before', async () => {
    const port = await start();
    const c = await client(port);
    c.socket.write(REQUEST);
    await c.answers(1);
    // The first sweep sees the exchange's bytes; the next QUIET_SWEEPS - 1 find it quiet and leave it open.
    await sweeps(QUIET_SWEEPS);
    expect(serverSockets[0]!.destroyed).toBe(false);
    quiet.sweep();
    expect(serverSockets[0]!.destroyed).toBe(true);
    await c.gone;
    expect(c.closed()).toBe(true);
  });

  it('closes a connection that never sends a request after as many sweeps', async () => {
    const port = await start();
    const c = await client(port);
    await sweeps(QUIET_SWEEPS);
    expect(serverSockets[0]!.destroyed).toBe(false);
    quiet.sweep();
    expect(serverSockets[0]!.destroyed).toBe(true);
    await c.gone;
  });

  it('starts counting again whenever a byte moves', async () => {
    const port = await start();
    const c = await client(port);
    for (let round = 1; round <= 4; round++) {
      await sweeps(QUIET_SWEEPS);
      expect(serverSockets[0]!.destroyed).toBe(false);
      c.socket.write(REQUEST);
      await c.answers(round);
    }
    await sweeps(QUIET_SWEEPS);
    expect(serverSockets[0]!.destroyed).toBe(false);
    // A partial request is activity too.
    const before = serverSockets[0]!.bytesRead;
    c.socket.write('GET / HTTP/1.1\r\n');
    await until(() => serverSockets[0]!.bytesRead > before);
    await sweeps(QUIET_SWEEPS);
    expect(serverSockets[0]!.destroyed).toBe(false);
  });

  it('keeps a connection open while an answer is owed, however many sweeps pass', async () => {
    const port = await start();
    const c = await client(port);
    c.socket.write('GET /later HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await until(() => held.length > 0);
    await sweeps(QUIET_SWEEPS * 5);
    expect(serverSockets[0]!.destroyed).toBe(false);
    held[0]!.writeHead(200, { 'Content-Length': '5' }).end('later');
    await c.answers(1);
    expect(c.received()).toMatch(/\r\n\r\nlater$/);
    // Answered: the count starts, and the connection is closed like any other.
    await sweeps(QUIET_SWEEPS);
    expect(serverSockets[0]!.destroyed).toBe(false);
    quiet.sweep();
    expect(serverSockets[0]!.destroyed).toBe(true);
    await c.gone;
  });

  it('keeps a connection open while its answer waits in the process for a client that does not read', async () => {
    const port = await start();
    const big = 'x'.repeat(16 * 1024 * 1024);
    server.removeAllListeners('request');
    server.on('request', (_req, res: ServerResponse) => res.writeHead(200, { 'Content-Length': String(big.length) }).end(big));
    const c = await client(port);
    c.socket.pause();
    c.socket.write(REQUEST);
    // The kernel's buffers hold a few MiB at most: the rest of 16 MiB stays queued in the server.
    await until(() => serverSockets[0]!.writableLength > 0);
    await sweeps(QUIET_SWEEPS * 5);
    // The client reads nothing, so it would not see a close: look at the server's side.
    expect(serverSockets[0]!.destroyed).toBe(false);
    c.socket.destroy();
  });
});
