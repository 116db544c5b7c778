/**
 * CPU time a process has used so far, read from outside the process, so the
 * measuring costs it nothing. Linux only.
 *
 * The scheduler's own count comes first: the first field of
 * /proc/<pid>/task/<tid>/schedstat is the time each thread has run, in
 * nanoseconds, summed over the process's threads (the main thread, libuv's
 * pool that writes the logs, V8's helpers). /proc/<pid>/stat (proc(5): utime
 * and stime) counts in clock ticks of 10 ms sampled at each tick, which over
 * a round of a few seconds varies by several per cent from sampling alone: too
 * coarse to compare servers that differ by a few per cent. Kernels without
 * schedstat fall back to it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const ticksPerSecond = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
const schedstat = existsSync('/proc/self/schedstat');

/** Microseconds of CPU used by `pid` since it started (by its threads still running). */
export function cpuMicros(pid: number): number {
  if (schedstat) {
    let nanoseconds = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        nanoseconds += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // The thread ended between the listing and the read.
      }
    }
    return nanoseconds / 1000;
  }
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) is in parentheses and may hold spaces: count fields after its closing one.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return (ticks * 1e6) / ticksPerSecond;
}
