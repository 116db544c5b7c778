/**
 * The process's stdout as a log sink that costs a request almost nothing.
 * Lines are encoded straight into one batch Buffer (memory outside V8's
 * heap, reused from batch to batch), and the batch is handed to sonic-boom
 * (pino's writer: partial writes, EAGAIN retries, flush) when it holds
 * BATCH_BYTES or BATCH_DELAY_MS after its first line, whichever comes first.
 * Under load one write carries hundreds of lines.
 *
 * The writes are synchronous, as in pino's standard mode and as Node's own
 * `process.stdout` is for files and, on Linux, pipes. sonic-boom's
 * asynchronous mode hands each batch to libuv's thread pool, which then
 * needs a fresh batch. That cost 0.2 to 0.9 µs more per logged request than
 * writing in place from one reused batch (two runs, both formats, 200 and
 * 304). The figures come from one process switching between the two modes
 * every 150 ms under load. Writing in place came within 0.45 µs of writing
 * nothing at all.
 *
 * The price: the request that fills a batch (one in hundreds) waits for one
 * write(2). A reader that stops reading holds the server up until it reads
 * again. An asynchronous writer would instead keep buffering without bound.
 *
 * Why bytes and not strings: a line is built without a template, a
 * `toFixed`, a `JSON.stringify` (unless its path needs escaping) or a joined
 * batch string to flatten and encode later; request-log.ts writes its fields
 * with the methods here. Measured by `npm run bench` against the string
 * writer in the same runs, a request with a JSON line cost between 1 % more
 * and 8 % less CPU, one with a text line the same within the bench's noise
 * (about ±5 %). A 64 KiB batch measured no different from 16 KiB.
 *
 * No line is lost on the way out: once `flush()` resolves, everything written
 * so far is in the kernel's hands. The entry calls it before exiting (on
 * SIGTERM and after an uncaught error). When the reader of a pipe goes away
 * (EPIPE), nothing more can be written anywhere: the writer says so once on
 * stderr and drops further lines instead of failing requests or the process.
 */
import { writeSync } from 'node:fs';
import SonicBoom from 'sonic-boom';

/** A batch is handed over once it holds this many bytes... */
export const BATCH_BYTES = 16 * 1024;
/** ...or this long after its first line: a quiet server's lines still appear at once to a person reading. */
export const BATCH_DELAY_MS = 25;

const NEWLINE = 0x0a;
const DIGIT_0 = 0x30;

/**
 * Writes one line at a time into the current batch: `begin(room)`, then the
 * line's pieces, then `end()`. Between `begin` and `end` nothing else may
 * write (the API runs one request's logging at a time, synchronously).
 */
export class LogWriter {
  private readonly sink: SonicBoom;
  private batch = Buffer.allocUnsafeSlow(BATCH_BYTES);
  private used = 0;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly handOverLater = () => this.handOver();

  constructor(fd: number) {
    this.sink = new SonicBoom({ fd, sync: true, contentMode: 'buffer' });
    this.sink.on('error', (error: NodeJS.ErrnoException) => {
      if (this.closed) return;
      this.closed = true;
      this.used = 0;
      try {
        writeSync(2, `Log output closed (${error.code ?? error.message}); further log lines are dropped.\n`);
      } catch {
        // stderr is gone too: nothing left to tell.
      }
    });
  }

  /** Makes room for a line of at most `room` bytes, its newline included. */
  begin(room: number): void {
    if (this.used + room > this.batch.length) {
      this.handOver();
      // A line longer than a batch gets a batch of its own size.
      if (room > this.batch.length) this.batch = Buffer.allocUnsafeSlow(room);
    }
  }

  /** Copies encoded bytes (a line's start, a constant). */
  bytes(data: Uint8Array): void {
    this.batch.set(data, this.used);
    this.used += data.length;
  }

  /** Writes one ASCII character given by its code. */
  char(code: number): void {
    this.batch[this.used++] = code;
  }

  /** Writes a non-negative whole number in decimal, at least `width` digits (zero-padded). */
  digits(value: number, width = 1): void {
    let length = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) length++;
    if (length < width) length = width;
    const start = this.used;
    let at = start + length;
    this.used = at;
    let rest = value;
    while (at > start) {
      this.batch[--at] = DIGIT_0 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
  }

  /** Ends the line; it reaches the file descriptor within BATCH_DELAY_MS. */
  end(): void {
    this.batch[this.used++] = NEWLINE;
    if (this.closed) this.used = 0;
    else if (this.used >= BATCH_BYTES) this.handOver();
    else this.timer ??= setTimeout(this.handOverLater, BATCH_DELAY_MS);
  }

  /** Queues one whole line (without its newline): the entry's own messages. */
  line(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit.
    this.begin(text.length * 3 + 1);
    this.used += this.batch.write(text, this.used, 'utf8');
    this.end();
  }

  /** Resolves when every line so far has been written (or can no longer be, the reader being gone). */
  flush(): Promise<void> {
    this.handOver();
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => this.sink.flush(() => resolve()));
  }

  /** Writes the batch out through sonic-boom; synchronous, so the batch is free again when it returns. */
  private handOver(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.closed || this.used === 0) return;
    // contentMode 'buffer' takes Buffers; sonic-boom's types (5.0) declare only the string form.
    this.sink.write(this.batch.subarray(0, this.used) as unknown as string);
    this.used = 0;
  }
}

/** Creates the writer for a file descriptor (stdout unless told). */
export function createLogWriter(fd = 1): LogWriter {
  return new LogWriter(fd);
}
