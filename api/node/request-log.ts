/**
 * One log line per request: method, path, status, duration. `LOG_FORMAT=json`
 * writes JSON lines (`time`, `method`, `path`, `status`, `ms`); text is the
 * default; `LOG_LEVEL=silent` turns request logging off.
 *
 * A line is written as bytes into the writer's batch (log-writer.ts). Its
 * request part, method and path, is encoded once into a `LineStart`: the fast
 * path keeps one per route and method, made on first use, so a request's line
 * costs a copy of those bytes and the digits of its status and duration.
 * Every other request gets its `LineStart` made on the spot.
 *
 * What a line costs a running server was measured on the 2-vCPU VM. Logging
 * was switched on and off between 150 ms slices of load within one process,
 * so no process's own luck entered the figure (seven runs; a fast-path
 * request without logs cost 23 to 32 µs of CPU).
 * - Text lines cost 0.8 to 2.6 µs per request, JSON lines 0.9 to 2.8 µs:
 *   3 to 10 % of a fast-path request.
 * - The two `performance.now()` reads are 0.5 to 0.8 µs of that (one run).
 *   `process.hrtime()` was not clearly cheaper.
 * - Our JavaScript for a line is about 0.5 µs by perf's count. Encoding
 *   lines 256 at a time after the fact measured from 0.3 µs dearer to 0.9 µs
 *   cheaper (two runs).
 * - Changing one part of the way out at a time made no difference beyond
 *   the spread: a pipe or /dev/null, asynchronous or synchronous writes,
 *   sonic-boom or reused batches. Synchronous writes from one reused batch,
 *   together, saved 0.2 to 0.9 µs (log-writer.ts); the figures above are
 *   from before that change.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import type { LogWriter } from './log-writer.ts';

export type LogFormat = 'text' | 'json';

export interface LogOptions {
  format: LogFormat;
  silent: boolean;
}

/** Reads LOG_FORMAT and LOG_LEVEL. */
export function logOptionsFromEnv(env: NodeJS.ProcessEnv): LogOptions {
  return { format: env.LOG_FORMAT === 'json' ? 'json' : 'text', silent: env.LOG_LEVEL === 'silent' };
}

/** A request line can be long; a log line should not be. */
const MAX_LOGGED_PATH = 512;

/** The encoded method and path of a line, in the log's format (opaque to callers). */
export type LineStart = Uint8Array & { readonly lineStart: unique symbol };

const SPACE = 0x20;
const DOT = 0x2e;
const CLOSING_BRACE = 0x7d;
const LETTER_M = 0x6d;
const LETTER_S = 0x73;
/** Bytes a line needs besides its start: time, status, duration and punctuation, with room to spare. */
const LINE_TAIL = 96;

/**
 * The two formats. Text: `GET /api/v1/codes/304 200 0.3ms`. JSON:
 * `{"time":"2026-12-06T15:00:00.000Z","method":"GET","path":"/api/v1/codes/304","status":200,"ms":0.26}`,
 * the method and path escaped by JSON.stringify.
 */
function encodeLineStart(json: boolean, method: string, path: string): LineStart {
  const logged = path.length > MAX_LOGGED_PATH ? path.slice(0, MAX_LOGGED_PATH) : path;
  const text = json ? `","method":${JSON.stringify(method)},"path":${JSON.stringify(logged)},"status":` : `${method} ${logged} `;
  return Buffer.from(text, 'utf8') as Uint8Array as LineStart;
}

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const JSON_TIME = ascii('{"time":"');
const JSON_MS = ascii(',"ms":');
const ISO_LENGTH = 24;
let openingMillis = Number.NaN;
/** A JSON line's opening, `{"time":"2026-12-06T15:00:00.000Z`, rewritten once per distinct millisecond. */
const jsonOpening = new Uint8Array(JSON_TIME.length + ISO_LENGTH);
jsonOpening.set(JSON_TIME);
function jsonOpeningAt(millis: number): Uint8Array {
  if (millis !== openingMillis) {
    openingMillis = millis;
    const iso = new Date(millis).toISOString();
    for (let i = 0; i < ISO_LENGTH; i++) jsonOpening[JSON_TIME.length + i] = iso.charCodeAt(i);
  }
  return jsonOpening;
}

/** Writes `ms` rounded half up to tenths, always with one decimal (`0.0`, `12.5`). */
export function writeTenths(writer: LogWriter, ms: number): void {
  const tenths = Math.round(ms * 10);
  writer.digits(Math.floor(tenths / 10));
  writer.char(DOT);
  writer.digits(tenths % 10);
}

/** Writes `ms` rounded half up to hundredths as the shortest JSON number (`0`, `0.5`, `0.05`, `12.34`). */
export function writeHundredths(writer: LogWriter, ms: number): void {
  const hundredths = Math.round(ms * 100);
  writer.digits(Math.floor(hundredths / 100));
  const fraction = hundredths % 100;
  if (fraction === 0) return;
  writer.char(DOT);
  if (fraction % 10 === 0) writer.digits(fraction / 10);
  else writer.digits(fraction, 2);
}

/**
 * The line of a request node:http could not parse (client-error.ts): its
 * method, path and duration are unknown, so text has `-` where they go and
 * JSON has null: `- - 400 -`, `{"time":"…","method":null,"path":null,"status":400,"ms":null}`.
 */
const UNPARSED_TEXT_START = ascii('- - ');
const UNPARSED_TEXT_END = ascii(' -');
const UNPARSED_JSON_START = ascii('","method":null,"path":null,"status":');
const UNPARSED_JSON_END = ascii(',"ms":null}');

export interface RequestLog {
  /** The encoded start of the lines for `method` and `path`: keep it to log that request again cheaply. */
  lineStart(method: string, path: string): LineStart;
  /** Logs an exchange, already handed to the socket, whose request part is `start`. */
  sentAs(start: LineStart, status: number, started: number): void;
  /** Logs an exchange whose response has already been handed to the socket. */
  sent(req: IncomingMessage, status: number, started: number): void;
  /**
   * Logs a Hono-path exchange once @hono/node-server's listener has settled:
   * its response was ended, unless the connection was cut first (the test
   * endpoint's `reset`, or a client gone before the answer), which gets no
   * line, as no answer was delivered.
   *
   * Why not a `finish` listener: node:http has one on every response
   * already, and a second turns the response's listener slot into a
   * two-element array per request, made in node:events' `_addListener`. V8
   * may decide to allocate that site's arrays straight in the old generation
   * (allocation-site pretenuring, decided from how many survive a scavenge).
   * Then each dead array keeps its request's young objects alive through
   * scavenges until a mark-compact: in such soak runs V8 promoted about 4 MB
   * per scavenge and the process grew by 100 to 160 MiB (idle-connections.ts
   * has the counts).
   */
  settled(req: IncomingMessage, res: ServerResponse, started: number): void;
  /** Logs the answer, already handed to the socket, to a request node:http could not parse. */
  unparsed(status: number): void;
}

/** A request log writing to `writer`; undefined when logging is off. */
export function createRequestLog(options: LogOptions, writer: LogWriter): RequestLog | undefined {
  if (options.silent) return undefined;
  const json = options.format === 'json';

  function lineStart(method: string, path: string): LineStart {
    return encodeLineStart(json, method, path);
  }

  // JSON lines carry the wall-clock time. It is the monotonic clock, already read for the duration, plus
  // an offset to the wall clock, re-read every second: one clock read per request, not two.
  let wallOffset = Date.now() - performance.now();
  if (json) {
    setInterval(() => {
      wallOffset = Date.now() - performance.now();
    }, 1000).unref();
  }

  function sentAs(start: LineStart, status: number, started: number): void {
    const now = performance.now();
    const ms = now - started;
    writer.begin(start.length + LINE_TAIL);
    if (json) {
      writer.bytes(jsonOpeningAt(Math.floor(wallOffset + now)));
      writer.bytes(start);
      writer.digits(status);
      writer.bytes(JSON_MS);
      writeHundredths(writer, ms);
      writer.char(CLOSING_BRACE);
    } else {
      writer.bytes(start);
      writer.digits(status);
      writer.char(SPACE);
      writeTenths(writer, ms);
      writer.char(LETTER_M);
      writer.char(LETTER_S);
    }
    writer.end();
  }

  function sent(req: IncomingMessage, status: number, started: number): void {
    sentAs(lineStart(req.method ?? '', req.url ?? ''), status, started);
  }

  function settled(req: IncomingMessage, res: ServerResponse, started: number): void {
    // Finished: every byte has left the process. Ended on a live connection: node:http has the whole answer.
    if (res.writableFinished || (res.writableEnded && !req.socket.destroyed)) sent(req, res.statusCode, started);
  }

  function unparsed(status: number): void {
    writer.begin(LINE_TAIL);
    if (json) {
      writer.bytes(jsonOpeningAt(Math.floor(wallOffset + performance.now())));
      writer.bytes(UNPARSED_JSON_START);
      writer.digits(status);
      writer.bytes(UNPARSED_JSON_END);
    } else {
      writer.bytes(UNPARSED_TEXT_START);
      writer.digits(status);
      writer.bytes(UNPARSED_TEXT_END);
    }
    writer.end();
  }

  return {
    lineStart,
    sentAs,
    sent,
    settled,
    unparsed,
  };
}
