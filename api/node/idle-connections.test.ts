/**
 * Closing quiet connections, on a real node:http server over loopback sockets.
 * The tests run each connection's checks themselves (no timers), so what they
 * check is the rule, not the clock: a connection is closed by the check that
 * finds it quiet for the QUIET_CHECKS-th time in a row, never while a byte has
 * moved since the last check or an answer is still owed.
 */
import { once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { closeQuietConnections, QUIET_CHECKS, type QuietConnections } from './idle-connections.ts';

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
      held.push(res);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': '2' }).end('ok');
  });
  server.on('connection', (socket: Socket) => serverSockets.push(socket));
  quiet = closeQuietConnections(server, null);
  return listening(server);
}

/** Starts `server` on a free loopback port and returns the port. */
async function listening(on: Server): Promise<number> {
  on.listen(0, '127.0.0.1');
  await once(on, 'listening');
  const address = on.address();
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

/** Runs `count` checks of the first connection, letting the event loop turn after each. */
async function checks(count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    quiet.check(serverSockets[0]!);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('closeQuietConnections', () => {
  it("adds no listener to a connection: only node:http's own", async () => {
    // A listener kept for a connection's life turns its event's slot into an array for that long, which
    // made V8 allocate those arrays in the old generation and the soak's memory grow (idle-connections.ts).
    const plain = createServer();
    const plainSockets: Socket[] = [];
    plain.on('connection', (socket: Socket) => plainSockets.push(socket));
    const plainClient = await client(await listening(plain));
    // With its timers on, as the server runs it.
    server = createServer();
    server.on('connection', (socket: Socket) => serverSockets.push(socket));
    closeQuietConnections(server);
    const c = await client(await listening(server));
    await until(() => serverSockets.length > 0 && plainSockets.length > 0);
    for (const event of serverSockets[0]!.eventNames()) {
      expect(serverSockets[0]!.listenerCount(event), String(event)).toBe(plainSockets[0]!.listenerCount(event));
    }
    expect(serverSockets[0]!.eventNames().sort()).toEqual(plainSockets[0]!.eventNames().sort());
    c.socket.destroy();
    plainClient.socket.destroy();
    plain.closeAllConnections();
    await new Promise((resolve) => plain.close(resolve));
  });

  it("turns node:http's keep-alive timer off, so answers carry no Keep-Alive field", async () => {
    const port = await start();
    expect(server.keepAliveTimeout).toBe(0);
    const c = await client(port);
    c.socket.write(REQUEST);
    await c.answers(1);
    expect(c.received()).toMatch(/\r\nConnection: keep-alive\r\n/);
    expect(c.received()).not.toMatch(/\r\nKeep-Alive:/i);
    c.socket.destroy();
  });

  it('closes a keep-alive connection on the last quiet check after its answer, not before', async () => {
    const port = await start();
    const c = await client(port);
    c.socket.write(REQUEST);
    await c.answers(1);
    // The first check sees the exchange's bytes; the next QUIET_CHECKS - 1 find it quiet and leave it open.
    await checks(QUIET_CHECKS);
    expect(serverSockets[0]!.destroyed).toBe(false);
    quiet.check(serverSockets[0]!);
    expect(serverSockets[0]!.destroyed).toBe(true);
    await c.gone;
    expect(c.closed()).toBe(true);
  });

  it('closes a connection that never sends a request after as many checks', async () => {
    const port = await start();
    const c = await client(port);
    await checks(QUIET_CHECKS);
    expect(serverSockets[0]!.destroyed).toBe(false);
    quiet.check(serverSockets[0]!);
    expect(serverSockets[0]!.destroyed).toBe(true);
    await c.gone;
  });

  it('starts counting again whenever a byte moves', async () => {
    const port = await start();
    const c = await client(port);
    for (let round = 1; round <= 4; round++) {
      await checks(QUIET_CHECKS);
      expect(serverSockets[0]!.destroyed).toBe(false);
      c.socket.write(REQUEST);
      await c.answers(round);
    }
    await checks(QUIET_CHECKS);
    expect(serverSockets[0]!.destroyed).toBe(false);
    // A partial request is activity too.
    const before = serverSockets[0]!.bytesRead;
    c.socket.write('GET / HTTP/1.1\r\n');
    await until(() => serverSockets[0]!.bytesRead > before);
    await checks(QUIET_CHECKS);
    expect(serverSockets[0]!.destroyed).toBe(false);
  });

  it('keeps a connection open while node:http has a response on it, however many checks pass', async () => {
    const port = await start();
    const c = await client(port);
    c.socket.write('GET /later HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await until(() => held.length > 0);
    await checks(QUIET_CHECKS * 5);
    expect(serverSockets[0]!.destroyed).toBe(false);
    held[0]!.writeHead(200, { 'Content-Length': '5' }).end('later');
    await c.answers(1);
    expect(c.received()).toMatch(/\r\n\r\nlater$/);
    // Answered: the count starts, and the connection is closed like any other.
    await checks(QUIET_CHECKS);
    expect(serverSockets[0]!.destroyed).toBe(false);
    quiet.check(serverSockets[0]!);
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
    await checks(QUIET_CHECKS * 5);
    // The client reads nothing, so it would not see a close: look at the server's side.
    expect(serverSockets[0]!.destroyed).toBe(false);
    c.socket.destroy();
  });
});
