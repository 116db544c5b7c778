/**
 * The Node entry's `Transport` for the test endpoint: 103 through
 * `res.writeEarlyHints`, 100 through `res.writeContinue` (the server routes
 * `checkContinue` to the request listener, so Node sends no 100 on its own),
 * and a reset through `socket.resetAndDestroy`. Node-only: imported by
 * server.ts, never by the app.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Transport } from './transport.ts';

/** @hono/node-server passes `{ incoming, outgoing }` as the app's env. */
export interface NodeBindings {
  incoming: IncomingMessage;
  outgoing: ServerResponse;
}

const continued = new WeakSet<IncomingMessage>();

export function nodeTransport({ incoming, outgoing }: NodeBindings): Transport {
  return {
    clientAddress: incoming.socket.remoteAddress ?? 'unknown',
    earlyHints: (fields) =>
      new Promise((resolve) => {
        if (outgoing.headersSent) return resolve();
        outgoing.writeEarlyHints(fields, () => resolve());
      }),
    awaitingContinue: () =>
      !continued.has(incoming) && incoming.httpVersion === '1.1' && /(?:^|,)\s*100-continue\s*(?:,|$)/i.test(incoming.headers.expect ?? ''),
    sendContinue: () => {
      if (continued.has(incoming) || outgoing.headersSent) return;
      continued.add(incoming);
      outgoing.writeContinue();
    },
    reset: () => {
      const socket = incoming.socket;
      const cut = () => {
        if (!socket.destroyed) socket.resetAndDestroy();
      };
      if (socket.writableLength === 0) cut();
      else socket.once('drain', cut);
    },
  };
}

/** Reads the transport from the env Hono hands the app; undefined outside Node. */
export function transportFromEnv(env: unknown): Transport | undefined {
  const bindings = env as Partial<NodeBindings> | undefined;
  return bindings?.incoming && bindings.outgoing ? nodeTransport(bindings as NodeBindings) : undefined;
}
