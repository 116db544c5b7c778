/**
 * The batching log writer on a real file descriptor: every line arrives, in
 * order, whole, whether batches fill up or a quiet line waits for its timer.
 * (SIGTERM, uncaught errors and a closed pipe: api/lifecycle.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { logFile } from '../testing/log-file.ts';
import { BATCH_BYTES, createLogWriter } from './log-writer.ts';

describe('createLogWriter', () => {
  it('writes every line once, in order, across many full batches, by the time flush resolves', async () => {
    const { fd, read } = logFile();
    const writer = createLogWriter(fd);
    // Lines of varied length, one longer than a whole batch, and non-ASCII text.
    const lines = Array.from({ length: 20_000 }, (_, i) => `GET /codes/${i}/ 200 0.${i % 10}ms ${'é'.repeat(i % 7)}`);
    lines.splice(12_345, 0, `GET /${'x'.repeat(BATCH_BYTES * 2)} 414 0.1ms`);
    for (const line of lines) writer.line(line);
    await writer.flush();
    expect(read()).toBe(`${lines.join('\n')}\n`);
  });

  it('writes a lone line without being flushed (a quiet server still logs)', async () => {
    const { fd, read } = logFile();
    const writer = createLogWriter(fd);
    writer.line('GET / 200 0.2ms');
    // No flush: the batch's timer hands the line over. The test's timeout bounds the wait; nothing is timed.
    while (read() === '') await new Promise((resolve) => setTimeout(resolve, 10));
    expect(read()).toBe('GET / 200 0.2ms\n');
  });

  it('keeps a line written after flush() was called and before it resolved', async () => {
    const { fd, read } = logFile();
    const writer = createLogWriter(fd);
    const first = Array.from({ length: 2_000 }, (_, i) => `first ${i}`);
    for (const line of first) writer.line(line);
    const flushed = writer.flush();
    writer.line('after the flush began');
    await flushed;
    await writer.flush();
    expect(read()).toBe(`${[...first, 'after the flush began'].join('\n')}\n`);
  });
});
