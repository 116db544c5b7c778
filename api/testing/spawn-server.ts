/**
 * Starts the real Node entry (`api/server.ts`) as a child process on a free
 * loopback port, for tests and benchmarks that need a socket.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const serverEntry = fileURLToPath(new URL('../server.ts', import.meta.url));

export interface RunningServer {
  child: ChildProcess;
  origin: string;
  port: number;
  /** Everything the process wrote to stdout so far. */
  output: () => string;
  /** Everything the process wrote to stderr so far. */
  errors: () => string;
  /** The statuses of the requests for `path` in the JSON request log (LOG_FORMAT=json), in order. */
  loggedStatuses: (path: string) => number[];
  /**
   * Waits until the log holds at least `count` lines for `path` (lines arrive
   * through a pipe, after the response): no time limit of its own, the test's
   * timeout bounds it.
   */
  waitForLogged: (path: string, count: number) => Promise<number[]>;
  /** Sends SIGTERM and resolves with the exit code. */
  stop: () => Promise<number | null>;
}

/** JSON request-log lines, complete ones only: a pipe may deliver half a line. */
export function jsonLines(output: string): Array<Record<string, unknown>> {
  return output
    .slice(0, output.lastIndexOf('\n') + 1)
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function statusesIn(output: string, path: string): number[] {
  return jsonLines(output)
    .filter((entry) => entry.path === path)
    .map((entry) => entry.status as number);
}

export interface StartOptions {
  /** Node options placed before the entry (e.g. `--import` of a test fixture). */
  nodeArgs?: string[];
  /** Keep only what was written up to "Listening on" (benchmarks, whose logs would fill memory). */
  discardOutput?: boolean;
}

/**
 * Starts `entry` (the API server unless given; any script that logs
 * "Listening on http://127.0.0.1:PORT/" works) with PORT=0 on loopback.
 */
export function startServer(
  env: Record<string, string> = {},
  entry = serverEntry,
  args: string[] = [],
  options: StartOptions = {},
): Promise<RunningServer> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), entry, ...args], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let listening = false;
  const waiters = new Set<() => void>();
  // 'close', not 'exit': the process may exit before the parent has read all it wrote.
  let closed = false;
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => {
      closed = true;
      for (const wake of waiters) wake();
      resolve(code);
    }),
  );
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (listening && options.discardOutput) return;
      stdout += chunk;
      for (const wake of waiters) wake();
      if (listening) return;
      const match = /Listening on (http:\/\/127\.0\.0\.1:(\d+))\//.exec(stdout);
      if (match) {
        listening = true;
        resolve({
          child,
          origin: match[1]!,
          port: Number(match[2]),
          output: () => stdout,
          errors: () => stderr,
          loggedStatuses: (path) => statusesIn(stdout, path),
          waitForLogged: (path, count) =>
            new Promise((done) => {
              const check = () => {
                const statuses = statusesIn(stdout, path);
                if (statuses.length < count && !closed) return;
                waiters.delete(check);
                done(statuses);
              };
              waiters.add(check);
              check();
            }),
          stop: () => {
            if (!closed) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening: ${stderr}`)));
  });
}
