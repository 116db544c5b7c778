/**
 * One log line per request: method, path, status, duration. `LOG_FORMAT=json`
 * writes JSON lines; `LOG_LEVEL=silent` turns request logging off.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface LogOptions {
  format: 'text' | 'json';
  silent: boolean;
  write: (line: string) => void;
}

export function logOptionsFromEnv(env: NodeJS.ProcessEnv): LogOptions {
  return {
    format: env.LOG_FORMAT === 'json' ? 'json' : 'text',
    silent: env.LOG_LEVEL === 'silent',
    write: (line) => process.stdout.write(`${line}\n`),
  };
}

/** Registers the log line for one exchange; written when the response finishes. */
export function logRequest(options: LogOptions, req: IncomingMessage, res: ServerResponse): void {
  if (options.silent) return;
  const started = process.hrtime.bigint();
  res.once('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    // Cap the logged path: a request line can be long, a log line should not be.
    const path = (req.url ?? '').slice(0, 512);
    options.write(
      options.format === 'json'
        ? JSON.stringify({ time: new Date().toISOString(), method: req.method, path, status: res.statusCode, ms: Number(ms.toFixed(2)) })
        : `${req.method} ${path} ${res.statusCode} ${ms.toFixed(1)}ms`,
    );
  });
}
