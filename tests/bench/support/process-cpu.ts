import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time spent by the processes a browser bench runs, read from Linux's
 * /proc. On two cores a phase's wall time says little on its own: it may
 * have waited on one busy process or shared both cores with four. Where the
 * CPU went says which.
 */

/** Milliseconds of CPU used so far, by kind of process (see kindOf). */
export type CpuByKind = Record<string, number>;

/** What a process is, from its command line: a Chromium process by its type, the service by its pid. */
export function kindOf(argv: readonly string[], pid: number, servicePid?: number): string | null {
  if (pid === servicePid) return 'service';
  if (!/chrom|headless_shell/i.test(argv[0]?.split('/').at(-1) ?? '')) return null;
  const type = argv.find((arg) => arg.startsWith('--type='))?.slice('--type='.length);
  if (type === undefined) return 'browser';
  if (type === 'utility')
    return argv.some((arg) => arg.includes('NetworkService')) ? 'network' : 'utility';
  if (type === 'gpu-process') return 'gpu';
  return type;
}

/**
 * The arguments in a /proc/PID/cmdline. Chromium's children rewrite theirs as
 * one line, the arguments separated by spaces instead of NULs.
 */
export function argvOf(cmdline: string): string[] {
  return cmdline.split(/\0| (?=--)/).filter((arg) => arg !== '');
}

/**
 * The user and system time in a line of /proc/PID/stat, in milliseconds. The
 * command name is in parentheses and may itself hold spaces and parentheses,
 * so fields are counted from the last closing one.
 */
export function cpuMsOf(statLine: string, ticksPerSecond: number): number {
  const fields = statLine.slice(statLine.lastIndexOf(')') + 2).split(' ');
  // After the name: state is field 3 of proc(5), utime 14 and stime 15.
  const ticks = Number(fields[11]) + Number(fields[12]);
  if (!Number.isFinite(ticks)) throw new Error(`not a /proc/PID/stat line: ${statLine}`);
  return (ticks * 1000) / ticksPerSecond;
}

let ticks: number | null = null;
function ticksPerSecond(): number {
  ticks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  return ticks;
}

/** The CPU used so far by every process of a known kind, and when it was read. */
export interface CpuReading {
  used: CpuByKind;
  /** performance.now() at the reading. */
  at: number;
}

/** A reading of the CPU used so far by every process of a known kind; null where there is no /proc. */
export function cpuNow(servicePid?: number): CpuReading | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const used: CpuByKind = {};
  for (const pid of pids) {
    try {
      const argv = argvOf(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
      const kind = kindOf(argv, Number(pid), servicePid);
      if (kind === null) continue;
      const ms = cpuMsOf(readFileSync(`/proc/${pid}/stat`, 'utf8'), ticksPerSecond());
      used[kind] = (used[kind] ?? 0) + ms;
    } catch {
      // The process ended while it was read.
    }
  }
  return { used, at: performance.now() };
}

/** The CPU used between two readings, by kind, largest first; nothing for a process that ended meanwhile. */
export function cpuBetween(before: CpuByKind, after: CpuByKind): [string, number][] {
  return Object.entries(after)
    .map(([kind, ms]): [string, number] => [kind, ms - (before[kind] ?? 0)])
    .filter(([, ms]) => ms > 0)
    .sort((a, b) => b[1] - a[1]);
}

/** "45.3 s of CPU in 20.3 s (renderer 19.8, browser 19.3, service 5.4)"; kinds under 0.1 s left out. */
export function describeCpu(used: [string, number][], wallMs: number): string {
  const total = used.reduce((sum, [, ms]) => sum + ms, 0);
  const parts = used
    .filter(([, ms]) => ms >= 100)
    .map(([kind, ms]) => `${kind} ${(ms / 1000).toFixed(1)}`);
  return `${(total / 1000).toFixed(1)} s of CPU in ${(wallMs / 1000).toFixed(1)} s (${parts.join(', ')})`;
}
