/**
 * A log file on a real file descriptor for the log writer's tests: opened in a
 * fresh temporary folder, closed and removed after each test.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const opened: { fd: number; dir: string }[] = [];
afterEach(() => {
  for (const { fd, dir } of opened.splice(0)) {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Opens a new, empty log file; `read()` returns what has reached it so far. */
export function logFile() {
  const dir = mkdtempSync(join(tmpdir(), 'log-'));
  const path = join(dir, 'log');
  const fd = openSync(path, 'w');
  opened.push({ fd, dir });
  return { fd, read: () => readFileSync(path, 'utf8') };
}
