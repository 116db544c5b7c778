/**
 * One log line per request: method, path, status, duration. `LOG_FORMAT=json`
 * writes JSON lines (`time`, `method`, `path`, `status`, `ms`); text is the
 * default; `LOG_LEVEL=silent` turns request logging off. Lines go through a
 * `LogWriter` (buffered, asynchronous), so logging adds no system call to a
 * request. Nothing here allocates a closure per request.
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

/** The text form: `GET /api/v1/codes/304 200 0.3ms`. */
export function textLine(method: string, path: string, status: number, ms: number): string {
  return `${method} ${path} ${status} ${ms.toFixed(1)}ms`;
}

let isoMillis = Number.NaN;
let isoString = '';
/** The ISO time of `millis`, formatted once per distinct millisecond. */
function isoTime(millis: number): string {
  if (millis !== isoMillis) {
    isoMillis = millis;
    isoString = new Date(millis).toISOString();
  }
  return isoString;
}

/** The JSON form: one object per line; the path is escaped by JSON.stringify, the method is an HTTP token. */
export function jsonLine(millis: number, method: string, path: string, status: number, ms: number): string {
  return `{"time":"${isoTime(millis)}","method":"${method}","path":${JSON.stringify(path)},"status":${status},"ms":${Math.round(ms * 100) / 100}}`;
}

export interface RequestLog {
  /** Logs an exchange whose response has already been handed to the socket. */
  sent(req: IncomingMessage, status: number, started: number): void;
  /** Logs the exchange when its response finishes (for responses written later). */
  onFinish(res: ServerResponse, started: number): void;
}

const kStarted = Symbol('request started');
type TrackedResponse = ServerResponse & { [kStarted]?: number };

/** A request log writing to `writer`; undefined when logging is off. */
export function createRequestLog(options: LogOptions, writer: LogWriter): RequestLog | undefined {
  if (options.silent) return undefined;
  const json = options.format === 'json';

  function sent(req: IncomingMessage, status: number, started: number): void {
    const ms = performance.now() - started;
    const method = req.method ?? '';
    let path = req.url ?? '';
    if (path.length > MAX_LOGGED_PATH) path = path.slice(0, MAX_LOGGED_PATH);
    writer.line(json ? jsonLine(Date.now(), method, path, status, ms) : textLine(method, path, status, ms));
  }

  /** One shared listener for every response: `this` is the response, its start time a property. */
  function finished(this: TrackedResponse): void {
    sent(this.req, this.statusCode, this[kStarted] ?? performance.now());
  }

  return {
    sent,
    onFinish(res, started) {
      (res as TrackedResponse)[kStarted] = started;
      res.on('finish', finished);
    },
  };
}
