// Runs a command and measures its wall-clock time and the peak memory of the
// largest process it starts (the build's astro process, say, not npm above
// it): every 50 ms, the resident-set high-water mark (VmHWM) of each process
// of the tree, read from /proc. The high-water mark keeps the peak between two
// reads, so only a process that lives under 50 ms can be missed. Linux only;
// elsewhere the peak is reported as NaN. For `npm run bench` (scripts/bench/build.ts).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessFigures {
  seconds: number;
  /** Bytes; NaN where /proc cannot be read. */
  peakBytes: number;
}

const SAMPLE_MS = 50;

/** The process and its descendants, from /proc/<pid>/stat parent ids. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid …": the command may hold spaces and parentheses, so read after the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* gone meanwhile */
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parents) if (parent === tree[i]) tree.push(pid);
  return tree;
}

function highWaterMark(pid: number): number {
  try {
    const kb = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? 0 : Number(kb) * 1024;
  } catch {
    return 0;
  }
}

export async function measureProcess(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<ProcessFigures> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const canRead = process.platform === 'linux';
  let peak = 0;
  const sample = () => {
    if (!canRead || child.pid === undefined) return;
    for (const pid of processTree(child.pid)) peak = Math.max(peak, highWaterMark(pid));
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail);
    child.on('close', done);
  }).finally(() => clearInterval(timer));
  if (code !== 0) {
    throw new Error(`\`${command} ${args.join(' ')}\` in ${options.cwd} exited with code ${code}. Its output ends with:\n${output.join('').split('\n').slice(-60).join('\n')}`);
  }
  return { seconds: (performance.now() - started) / 1000, peakBytes: canRead ? peak : Number.NaN };
}
