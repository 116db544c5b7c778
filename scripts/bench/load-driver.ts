/**
 * A closed-loop HTTP/1.1 load client on raw keep-alive sockets: each
 * connection sends one fixed request, reads the answer (framed by its
 * Content-Length, RFC 9112 §6.3), and sends the next. It parses only the
 * status and the framing, so it costs far less CPU per request than a full
 * client and the server, not the client, is what runs out of CPU. The
 * benchmark pauses it between slices; a connection the server closed while
 * idle (keep-alive timeout) is opened again before the next slice, and one
 * idle for nearly that long is replaced before the server can close it.
 */
import { connect, type Socket } from 'node:net';

const HEAD_END = Buffer.from('\r\n\r\n');
const CONTENT_LENGTH = /\r\ncontent-length:[ \t]*(\d+)/i;
/**
 * node:http closes a keep-alive connection idle for `server.keepAliveTimeout`
 * (5 s by default). A request sent as that close is under way is lost, and
 * would count as a surprise: connections idle longer than this are replaced.
 */
const REOPEN_AFTER_IDLE_MS = 4000;
/** Time for the server to see the replaced connections go and the new ones come, before a slice is timed. */
const REOPEN_SETTLE_MS = 20;

/** What one slice of load saw. */
export interface Slice {
  responses: number;
  /** Statuses other than the one expected, and connections lost mid-answer. */
  surprises: number;
  /** Milliseconds from sending each request to reading its answer's last byte. */
  latencies: number[];
}

export class LoadDriver {
  private readonly port: number;
  private readonly connections: number;
  private readonly sockets = new Set<Socket>();
  /** When each connection's request in flight was sent. */
  private readonly sentAt = new Map<Socket, number>();
  private request: Buffer = Buffer.alloc(0);
  private expected = 0;
  private running = false;
  private inFlight = 0;
  private slice: Slice = { responses: 0, surprises: 0, latencies: [] };
  private settled: (() => void) | undefined;
  /** When the last slice ended. */
  private idleSince = Number.NEGATIVE_INFINITY;

  constructor(port: number, connections: number) {
    this.port = port;
    this.connections = connections;
  }

  /**
   * Opens connections until `connections` are open, first replacing them all
   * if they have been idle for nearly the server's keep-alive timeout. Call
   * it before measuring: the server's accepts are not timed.
   */
  async connect(): Promise<void> {
    const stale = this.sockets.size > 0 && performance.now() - this.idleSince > REOPEN_AFTER_IDLE_MS;
    if (stale) this.close();
    const missing = this.connections - this.sockets.size;
    await Promise.all(Array.from({ length: missing }, () => this.open()));
    if (stale || missing > 0) await new Promise((resolve) => setTimeout(resolve, REOPEN_SETTLE_MS));
  }

  /** Loads the server for `ms` with `request`, then waits for the answers in flight. */
  async run(request: Buffer, expectedStatus: number, ms: number): Promise<Slice> {
    this.request = request;
    this.expected = expectedStatus;
    this.slice = { responses: 0, surprises: 0, latencies: [] };
    this.running = true;
    for (const socket of this.sockets) this.send(socket);
    await new Promise((resolve) => setTimeout(resolve, ms));
    this.running = false;
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.settled = resolve));
    this.idleSince = performance.now();
    return this.slice;
  }

  close(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  private send(socket: Socket): void {
    this.inFlight++;
    this.sentAt.set(socket, performance.now());
    socket.write(this.request);
  }

  private answered(): void {
    this.inFlight--;
    if (!this.running && this.inFlight === 0) this.settled?.();
  }

  private open(): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = connect(this.port, '127.0.0.1', () => {
        this.sockets.add(socket);
        resolve();
      });
      socket.setNoDelay(true);
      let pending: Buffer | null = null;
      let need = -1;
      socket.on('error', reject);
      socket.on('close', () => {
        this.sockets.delete(socket);
        // Closed with an answer owed: count it, and let the slice end.
        if (this.sentAt.delete(socket)) {
          this.slice.surprises++;
          this.answered();
        }
      });
      socket.on('data', (chunk: Buffer) => {
        pending = pending ? Buffer.concat([pending, chunk]) : chunk;
        for (;;) {
          if (need < 0) {
            const end = pending.indexOf(HEAD_END);
            if (end < 0) return;
            const head = pending.toString('latin1', 0, end);
            if (Number(head.slice(9, 12)) !== this.expected) this.slice.surprises++;
            need = end + HEAD_END.length + Number(CONTENT_LENGTH.exec(head)?.[1] ?? 0);
          }
          if (pending.length < need) return;
          pending = pending.length === need ? null : pending.subarray(need);
          need = -1;
          this.slice.responses++;
          this.slice.latencies.push(performance.now() - this.sentAt.get(socket)!);
          this.sentAt.delete(socket);
          this.answered();
          if (this.running) this.send(socket);
          if (pending === null) return;
        }
      });
    });
  }
}
