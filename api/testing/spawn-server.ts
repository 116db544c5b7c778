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
  /** The statuses of the requests for `path` in the JSON request log (LOG_FORMAT=json), in order. */
  loggedStatuses: (path: string) => number[];
  /** Waits until the log holds at least `count` lines for `path` (lines arrive through a pipe), at most one second. */
  waitForLogged: (path: string, count: number) => Promise<number[]>;
  /** Sends SIGTERM and resolves with the exit code. */
  stop: () => Promise<number | null>;
}

function statusesIn(output: string, path: string): number[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { path: string; status: number })
    .filter((entry) => entry.path === path)
    .map((entry) => entry.status);
}

/**
 * Starts `entry` (the API server unless given; any script that logs
 * "Listening on http://127.0.0.1:PORT/" works) with PORT=0 on loopback.
 */
export function startServer(env: Record<string, string> = {}, entry = serverEntry, args: string[] = []): Promise<RunningServer> {
  const child = spawn(process.execPath, [entry, ...args], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk;
      const match = /Listening on (http:\/\/127\.0\.0\.1:(\d+))\//.exec(stdout);
      if (match) {
        resolve({
          child,
          origin: match[1]!,
          port: Number(match[2]),
          output: () => stdout,
          loggedStatuses: (path) => statusesIn(stdout, path),
          waitForLogged: async (path, count) => {
            for (let wait = 0; wait < 20 && statusesIn(stdout, path).length < count; wait++) await new Promise((r) => setTimeout(r, 50));
            return statusesIn(stdout, path);
          },
          stop: () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            return exited;
          },
        });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk));
    void exited.then((code) => reject(new Error(`server exited with ${code} before listening: ${stderr}`)));
  });
}
