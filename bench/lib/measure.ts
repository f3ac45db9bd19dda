/**
 * Runs one benchmark stage as a child process and measures it as the
 * machine saw it: wall time, CPU time of the whole process tree (bash's
 * `times`, so no GNU time is needed) and peak resident memory of the tree
 * (sampled from /proc every 50 ms).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface StageResult {
  wall_s: number;
  cpu_s: number;
  peak_rss_mb: number;
}

const PAGE = 4096;

/** Total resident memory (bytes) of `root` and all its descendants. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * PAGE);
      const list = children.get(ppid);
      if (list) list.push(pid);
      else children.set(ppid, [pid]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function seconds(clock: string): number {
  const m = /^(\d+)m([\d.]+)s$/.exec(clock.trim());
  return m ? Number(m[1]) * 60 + Number(m[2]) : 0;
}

/** A command's time and memory, and what it printed (for the figures a command reports of its own stages). */
export function measure(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; log?: string } = {}): Promise<StageResult & { output: string }> {
  const timesFile = join(tmpdir(), `folio-times-${process.pid}-${Date.now()}`);
  const script = `"$@"; status=$?; times > "${timesFile}"; exit $status`;
  const started = performance.now();
  const child = spawn('bash', ['-c', script, 'bash', command, ...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, treeRss(child.pid!));
  }, 50);
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      clearInterval(timer);
      const wall = (performance.now() - started) / 1000;
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`));
        return;
      }
      let cpu = 0;
      try {
        const [, children] = readFileSync(timesFile, 'utf8').trim().split('\n');
        cpu = (children ?? '').split(/\s+/).reduce((sum, c) => sum + seconds(c), 0);
      } finally {
        rmSync(timesFile, { force: true });
      }
      resolve({ wall_s: round(wall), cpu_s: round(cpu), peak_rss_mb: round(peak / 2 ** 20, 0), output });
    });
  });
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
