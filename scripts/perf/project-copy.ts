// A throwaway copy of the project in a temporary directory, for benches and
// tests that must build without touching the checkout's dist/ or caches while
// other work (the browser tests, another build) uses them.
//
// Source files are copied; node_modules/ is a real directory whose entries are
// symlinks to the checkout's packages, so nothing is installed and the copy
// still has its own caches: Astro writes node_modules/.astro/ and Vite
// node_modules/.vite/ inside the copy, never in the shared install.
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Top-level entries that are outputs, caches or machinery, never build inputs. */
const SKIPPED = new Set(['node_modules', 'dist', '.astro', '.cache', '.git', '.export', 'test-results', 'tmp']);
/** Caches inside node_modules that each copy must own. */
const OWN_CACHES = new Set(['.astro', '.vite', '.cache']);

export interface ProjectCopy {
  dir: string;
  /** Runs a command in the copy; resolves with its wall-clock seconds, rejects with the end of its output. */
  run(command: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<number>;
  remove(): Promise<void>;
}

export async function copyProject(prefix = 'perf-project-', base = tmpdir()): Promise<ProjectCopy> {
  const dir = await mkdtemp(join(base, prefix));
  for (const entry of await readdir(PROJECT_ROOT)) {
    if (SKIPPED.has(entry)) continue;
    await cp(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true, verbatimSymlinks: true });
  }
  const modules = join(PROJECT_ROOT, 'node_modules');
  await mkdir(join(dir, 'node_modules'));
  for (const entry of await readdir(modules)) {
    if (OWN_CACHES.has(entry)) continue;
    await symlink(join(modules, entry), join(dir, 'node_modules', entry));
  }
  return {
    dir,
    run: (command, args, env) => runIn(dir, command, args, env),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The environment for a build: the project's own Node first on PATH, no test-runner variables (Vite reads NODE_ENV). */
export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  env['PATH'] = `${join(PROJECT_ROOT, 'node_modules', '.bin')}:${env['PATH'] ?? ''}`;
  return { ...env, ...extra };
}

export async function runIn(cwd: string, command: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<number> {
  const started = performance.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(command, args, { cwd, env: env ?? buildEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) {
    const tail = output.join('').split('\n').slice(-40).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` in ${cwd} exited with code ${code}:\n${tail}`);
  }
  return (performance.now() - started) / 1000;
}
