/**
 * Closes connections that have gone quiet, with one sweep a second instead of
 * node:http's keep-alive timer per response.
 *
 * node:http arms a timer each time a response finishes on a keep-alive
 * connection (`server.keepAliveTimeout`, 5 s plus a 1 s buffer) and clears it
 * when the next request arrives: a bound function, a Timeout object and two
 * timer-list updates per request. Switched on and off every 150 ms in one
 * process under load, that timer cost 0.46 to 1.45 µs of CPU per fast-path
 * request, 1.9 to 5.5 % (two runs, both log formats, 200 and 304). Here that
 * timer is off, and a sweep every `sweepMs` compares each open connection's
 * byte counts (`socket.bytesRead`, `socket.bytesWritten`) with the last
 * sweep's. A connection is closed once nothing has moved in either direction
 * for `quietSweeps` sweeps in a row and nothing is owed on it:
 * - no response the API is still working on (`track` counts them; the fast
 *   path answers before it returns, so only the Hono path needs counting);
 * - no bytes of an answer still queued in the process (`writableLength`).
 *
 * So a keep-alive connection idle between requests is closed 6 to 7 s after
 * its last byte, as node:http's timer would, and a connection that never
 * sends a request is closed after as long (node:http would keep it open).
 * A request that waits (`sleep=10000` on the test endpoint), a request body
 * still arriving and an answer still being sent are not cut. A header
 * section that trickles in, a byte every few seconds, is node:http's to cut
 * (`headersTimeout`, 60 s, answered 408 by client-error.ts).
 *
 * Responses no longer carry `Keep-Alive: timeout=5`, which node:http adds
 * only when its timer is on. The field is advisory (it is not in RFC 9112),
 * and clients that read it close idle connections sooner than 6 s without it
 * too (undici after 4 s, Node's agent after 5 s).
 */
import type { Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

/** A connection is closed after this many sweeps in a row find it quiet... */
export const QUIET_SWEEPS = 6;
/** ...one sweep this often: closed between 6 and 7 s after its last byte. */
export const SWEEP_MS = 1_000;

interface Watched {
  read: number;
  written: number;
  quietSweeps: number;
  /** Responses started on the Hono path and not yet closed. */
  owed: number;
}

export interface QuietConnections {
  /** Counts a response that will be finished later; its connection stays open until the response closes. */
  track(res: ServerResponse): void;
  /** One sweep (the timer runs it every `sweepMs`; a test may run it by hand). */
  sweep(): void;
}

/**
 * Turns node:http's per-response keep-alive timer off on `server` and closes
 * quiet connections by sweeping instead (see the module's comment).
 */
export function closeQuietConnections(server: Server, quietSweeps = QUIET_SWEEPS, sweepMs: number | null = SWEEP_MS): QuietConnections {
  server.keepAliveTimeout = 0;
  const watched = new Map<Socket, Watched>();

  server.on('connection', function watchConnection(socket: Socket) {
    // -1: the first sweep counts as activity, so a new connection gets as long as one after its last byte.
    watched.set(socket, { read: -1, written: -1, quietSweeps: 0, owed: 0 });
    socket.once('close', () => watched.delete(socket));
  });

  function sweep(): void {
    for (const [socket, seen] of watched) {
      const read = socket.bytesRead;
      const written = socket.bytesWritten;
      if (read !== seen.read || written !== seen.written || seen.owed > 0 || socket.writableLength > 0) {
        seen.read = read;
        seen.written = written;
        seen.quietSweeps = 0;
      } else if (++seen.quietSweeps >= quietSweeps) {
        watched.delete(socket);
        socket.destroy();
      }
    }
  }
  // Unreferenced: the sweep never keeps the process alive. null: the caller sweeps (tests).
  if (sweepMs !== null) setInterval(sweep, sweepMs).unref();

  return {
    track(res) {
      const seen = watched.get(res.socket as Socket);
      if (!seen) return;
      seen.owed++;
      // node:http detaches the socket from a finished response, so the entry is kept here, not looked up then.
      res.once('close', () => seen.owed--);
    },
    sweep,
  };
}
