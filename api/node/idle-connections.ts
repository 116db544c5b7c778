/**
 * Closes connections that have gone quiet, with one timer per connection that
 * is never touched by a request, instead of node:http's keep-alive timer per
 * response.
 *
 * node:http arms a timer each time a response finishes on a keep-alive
 * connection (`server.keepAliveTimeout`, 5 s plus a 1 s buffer) and clears it
 * when the next request arrives: a bound function, a new Timeout and two
 * timer-list updates per request. Switched on and off every 150 ms in one
 * process under load, that timer cost 0.02 to 1.45 µs of CPU per fast-path
 * request, 0.1 to 5.5 % (three runs, both log formats, 200 and 304).
 *
 * Here that timer is off. Each connection instead gets one Timeout when it
 * opens, re-armed (`refresh()`, the same object) every CHECK_MS when it
 * fires. Each time it compares the connection's byte counts
 * (`socket.bytesRead`, `socket.bytesWritten`) with the last check's, and
 * closes the connection once nothing has moved in either direction for
 * QUIET_CHECKS checks in a row and no response is owed on it: node:http
 * links a response to its connection (`socket._httpMessage`) when the
 * request arrives and unlinks it when the response finishes, that is once
 * its last byte has left the process. So a Hono-path answer still being
 * worked on (`sleep=10000` on the test endpoint), a request whose content
 * is still arriving, and an answer queued for a client slow to read all
 * keep their connection open.
 *
 * So a keep-alive connection idle between requests is closed 6 to 8 s after
 * its last byte (node:http's timer: 6 s after its last answer), and so is a
 * connection that never sends a request (node:http would keep that one
 * open). A header section that trickles in, a byte every few seconds, is
 * node:http's to cut (`headersTimeout`, 60 s, answered 408 by
 * client-error.ts).
 *
 * Responses no longer carry `Keep-Alive: timeout=5`, which node:http adds
 * only when its own timer is on. The field is advisory (RFC 9112 does not
 * define it), and common clients close idle connections sooner than 6 s
 * without it (undici after 4 s, Node's agent after 5 s).
 *
 * Nothing here adds a listener to a connection. A listener kept for a
 * connection's life turns that event's slot into a two-element array for as
 * long, and long-lived arrays from the one place node:events makes them
 * (`_addListener`) led V8 to allocate every later such array in the old
 * generation (allocation-site pretenuring). The same place makes an array
 * per request wherever a second listener is added to a response, and those
 * arrays, dead but in the old generation, kept their requests' objects
 * alive through scavenges: the soak's memory grew by 100 to 160 MiB. A
 * sweep with a 'close' listener per connection (reverted in 82c8de9) grew
 * in 21 of 43 soak runs. With this module, on the soak's Hono-path request
 * alone: 3 of 4 runs with such a listener, 1 of 8 without it, and none of
 * 16 once the request log's per-request 'finish' listener was gone too
 * (request-log.ts); none of 14 on the soak's whole mix.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** A connection's timer fires this often... */
export const CHECK_MS = 2_000;
/** ...and closes it on the third check in a row that finds it quiet: 6 to 8 s after its last byte. */
export const QUIET_CHECKS = 3;

/** node:http's link from a connection to the response it is sending (null between responses). */
type HttpSocket = Socket & { _httpMessage?: unknown };

/** One connection's quiet count, checked by its own timer. */
class QuietWatch {
  private read = -1;
  private written = -1;
  private quiet = 0;
  private readonly socket: HttpSocket;
  private readonly quietChecks: number;
  private readonly timer: NodeJS.Timeout | undefined;

  constructor(socket: HttpSocket, checkMs: number | null, quietChecks: number) {
    this.socket = socket;
    this.quietChecks = quietChecks;
    if (checkMs === null) return;
    this.timer = setTimeout(() => this.check(), checkMs);
    // Unreferenced: a connection's timer never keeps the process alive. A closed connection's timer runs out
    // at its next check, which finds the socket destroyed: no 'close' listener is added (see the module's comment).
    this.timer.unref();
  }

  /** One check: counts a quiet period, or starts counting again; closes the connection on the last one. */
  check(): void {
    const socket = this.socket;
    if (socket.destroyed) return;
    const read = socket.bytesRead;
    const written = socket.bytesWritten ?? 0;
    if (read !== this.read || written !== this.written || socket._httpMessage) {
      this.read = read;
      this.written = written;
      this.quiet = 0;
    } else if (++this.quiet >= this.quietChecks) {
      socket.destroy();
      return;
    }
    this.timer?.refresh();
  }
}

export interface QuietConnections {
  /** Runs `socket`'s check now (its timer runs it every CHECK_MS; a test without timers runs it by hand). */
  check(socket: Socket): void;
}

/**
 * Turns node:http's per-response keep-alive timer off on `server` and closes
 * quiet connections by a timer of their own (see the module's comment).
 * `checkMs` null arms no timers: the caller runs the checks.
 */
export function closeQuietConnections(server: Server, checkMs: number | null = CHECK_MS, quietChecks = QUIET_CHECKS): QuietConnections {
  server.keepAliveTimeout = 0;
  const watches = new WeakMap<Socket, QuietWatch>();
  server.on('connection', function watchConnection(socket: Socket) {
    watches.set(socket, new QuietWatch(socket, checkMs, quietChecks));
  });
  return {
    check(socket) {
      watches.get(socket)?.check();
    },
  };
}
