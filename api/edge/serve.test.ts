/**
 * `npm run serve:edge` shuts down as the contract says of every server entry:
 * on SIGTERM it stops accepting, finishes the requests in flight, exits 0.
 * Real workerd, real sockets; no wall-clock assertion, order only.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startServer } from '../testing/spawn-server.ts';

const edgeEntry = fileURLToPath(new URL('./serve.ts', import.meta.url));

/** Whether a TCP connection to `port` on loopback is accepted. */
function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('serve:edge on SIGTERM', () => {
  it('stops accepting, finishes an answer still being sent, then exits 0', async () => {
    const server = await startServer({}, edgeEntry);
    // ?drip= sends the content in pieces over 4 s: once the header section has arrived, the
    // request is in flight, and it stays so while the content drips.
    const answer = await new Promise<{ status: number; body: Promise<string> }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/v1/respond/200?drip=4000', agent: false }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        const body = new Promise<string>((done, fail) => {
          res.on('end', () => done(Buffer.concat(chunks).toString()));
          res.on('error', fail);
          res.on('aborted', () => fail(new Error('the answer was cut off')));
        });
        resolve({ status: res.statusCode!, body });
      });
      req.on('error', reject);
      req.end();
    });
    expect(answer.status).toBe(200);

    const exit = server.stop();
    // No new connection once the drain has begun.
    while (await accepts(server.port)) await new Promise((resolve) => setTimeout(resolve, 50));
    // The answer in flight arrives whole: the 200 resource of the dataset (RFC 9110 §15.3.1).
    const body = JSON.parse(await answer.body) as { code: number; phrase: string };
    expect(body).toMatchObject({ code: 200, phrase: 'OK' });
    expect(await exit).toBe(0);
    expect(server.output()).toContain('SIGTERM received; finishing requests in flight.');
  }, 120_000);
});
