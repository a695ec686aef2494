// A throwaway copy of the project in a temporary directory, for benches and
// tests that must build without touching the checkout's dist/ or caches while
// other work (the browser tests, another build) uses them.
//
// The build's inputs are copied; node_modules/ is a real directory whose entries are
// symlinks to the checkout's packages, so nothing is installed and the copy
// still has its own caches: Astro writes node_modules/.astro/ and Vite
// node_modules/.vite/ inside the copy, never in the shared install.
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_INPUTS, PROJECT_ROOT, runIn } from './site-build.ts';
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
  // What the build reads (site-build.ts), nothing else: no outputs, caches or exports.
  for (const entry of BUILD_INPUTS) {
    if (existsSync(join(PROJECT_ROOT, entry))) await cp(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true, verbatimSymlinks: true });
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
