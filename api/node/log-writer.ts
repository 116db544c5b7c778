/**
 * The process's stdout as a log sink that costs a request almost nothing:
 * lines written during one turn of the event loop are joined and handed, once
 * per turn, to sonic-boom (pino's asynchronous writer: partial writes, EAGAIN
 * retries, flush). A request never waits on the write system call.
 *
 * No line is lost on the way out: `flush()` resolves once everything written
 * so far is in the kernel's hands, and the entry calls it before exiting (on
 * SIGTERM and after an uncaught error). When the reader of a pipe goes away
 * (EPIPE), nothing more can be written anywhere: the writer says so once on
 * stderr and drops further lines instead of failing requests or the process.
 */
import { writeSync } from 'node:fs';
import SonicBoom from 'sonic-boom';

export interface LogWriter {
  /** Queues one line (without its newline); it reaches the file descriptor at the end of this event-loop turn. */
  line(text: string): void;
  /** Resolves when every queued line has been written (or can no longer be, the reader being gone). */
  flush(): Promise<void>;
}

/** Creates the writer for a file descriptor (stdout unless told). */
export function createLogWriter(fd = 1): LogWriter {
  const sink = new SonicBoom({ fd, sync: false });
  let pending = '';
  let scheduled = false;
  let closed = false;

  sink.on('error', (error: NodeJS.ErrnoException) => {
    if (closed) return;
    closed = true;
    pending = '';
    try {
      writeSync(2, `Log output closed (${error.code ?? error.message}); further log lines are dropped.\n`);
    } catch {
      // stderr is gone too: nothing left to tell.
    }
  });

  /** Hands this turn's lines to sonic-boom in one piece. */
  function handOver(): void {
    scheduled = false;
    if (closed || pending === '') return;
    const batch = pending;
    pending = '';
    sink.write(batch);
  }

  return {
    line(text) {
      if (closed) return;
      pending += `${text}\n`;
      if (!scheduled) {
        scheduled = true;
        setImmediate(handOver);
      }
    },
    flush() {
      handOver();
      if (closed) return Promise.resolve();
      return new Promise((resolve) => sink.flush(() => resolve()));
    },
  };
}
