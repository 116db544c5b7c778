/**
 * The request log's lines, read back from a real file descriptor: the text and
 * JSON forms the README documents, JSON escaping as JSON.stringify does it, the
 * path cap, and the duration's digits. No clock is read by the assertions:
 * durations are checked for their form, and the digit writers are fed fixed
 * values.
 */
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { logFile } from '../testing/log-file.ts';
import { createLogWriter, type LogWriter } from './log-writer.ts';
import { createRequestLog, writeHundredths, writeTenths } from './request-log.ts';

/** A writer on a fresh log file, and the lines it holds once flushed. */
function logged() {
  const { fd, read } = logFile();
  const writer = createLogWriter(fd);
  return {
    writer,
    lines: async () => {
      await writer.flush();
      return read().split('\n').slice(0, -1);
    },
  };
}

const request = (method: string, url: string) => ({ method, url }) as IncomingMessage;

describe('text lines', () => {
  it('are "METHOD path status N.Nms"', async () => {
    const { writer, lines } = logged();
    const log = createRequestLog({ format: 'text', silent: false }, writer)!;
    log.sent(request('GET', '/api/v1/codes/304'), 304, performance.now());
    log.sentAs(log.lineStart('HEAD', '/codes/404/'), 200, performance.now());
    const [first, second] = await lines();
    expect(first).toMatch(/^GET \/api\/v1\/codes\/304 304 \d+\.\dms$/);
    expect(second).toMatch(/^HEAD \/codes\/404\/ 200 \d+\.\dms$/);
  });

  it('keep at most 512 characters of the path', async () => {
    const { writer, lines } = logged();
    const log = createRequestLog({ format: 'text', silent: false }, writer)!;
    log.sent(request('GET', `/${'a'.repeat(2000)}`), 414, performance.now());
    const [line] = await lines();
    expect(line).toMatch(/^GET \/a{511} 414 \d+\.\dms$/);
  });
});

describe('JSON lines', () => {
  it('carry time, method, path, status and ms, in that order', async () => {
    const { writer, lines } = logged();
    const log = createRequestLog({ format: 'json', silent: false }, writer)!;
    log.sent(request('GET', '/api/v1/codes/418'), 200, performance.now());
    const [line] = await lines();
    expect(line).toMatch(
      /^\{"time":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z","method":"GET","path":"\/api\/v1\/codes\/418","status":200,"ms":\d+(\.\d{1,2})?\}$/,
    );
  });

  it('escape quotes, backslashes and control characters, and keep Latin-1 characters, as JSON.stringify does', async () => {
    const { writer, lines } = logged();
    const log = createRequestLog({ format: 'json', silent: false }, writer)!;
    // node:http hands over the request target as one-byte characters; these are the awkward ones.
    const paths = ['/a"b', '/a\\b', '/tab\there', '/caf\u00e9', '/\u007f'];
    for (const path of paths) log.sent(request('GET', path), 404, performance.now());
    const parsed = (await lines()).map((line) => JSON.parse(line) as { path: string });
    expect(parsed.map((entry) => entry.path)).toEqual(paths);
  });
});

describe('lines of requests node:http could not parse', () => {
  it('have "-" (text) or null (JSON) for the method, path and duration they lack', async () => {
    const text = logged();
    createRequestLog({ format: 'text', silent: false }, text.writer)!.unparsed(431);
    expect(await text.lines()).toEqual(['- - 431 -']);
    const json = logged();
    createRequestLog({ format: 'json', silent: false }, json.writer)!.unparsed(400);
    const [line] = await json.lines();
    expect(line).toMatch(/^\{"time":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z","method":null,"path":null,"status":400,"ms":null\}$/);
  });
});

describe('duration digits', () => {
  async function written(write: (writer: LogWriter, ms: number) => void, values: number[]) {
    const { writer, lines } = logged();
    for (const value of values) {
      writer.begin(64);
      write(writer, value);
      writer.end();
    }
    return lines();
  }

  it('tenths: one decimal, rounded half up', async () => {
    expect(await written(writeTenths, [0, 0.04, 0.05, 0.26, 1, 9.96, 12.34, 1234.5])).toEqual([
      '0.0',
      '0.0',
      '0.1',
      '0.3',
      '1.0',
      '10.0',
      '12.3',
      '1234.5',
    ]);
  });

  it('hundredths: the shortest JSON number', async () => {
    expect(await written(writeHundredths, [0, 0.004, 0.05, 0.5, 0.26, 1, 1.2, 9.999, 12.346, 100.07])).toEqual([
      '0',
      '0',
      '0.05',
      '0.5',
      '0.26',
      '1',
      '1.2',
      '10',
      '12.35',
      '100.07',
    ]);
  });
});
