// Building the site from a script: what the build reads, whether dist/ is
// newer than all of it, and running a command (astro build, npm run build,
// npm install) with the project's own Node and without a test runner's
// environment. Used by `npm run export`, the benches and the browser tests'
// setup (tests/support/site-build.ts).
//
// The tests and CI build from the committed content: `astro build` alone,
// never ingest or explain, so a build cannot rewrite content/ and a stale
// generated file fails its `--check` test (tests/unit/freshness.test.ts)
// instead of being quietly regenerated. `npm run build` (and `npm start`,
// `npm run export`) regenerate the content first, for authors.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
export const DIST_DIR = join(PROJECT_ROOT, 'dist');

/** Every top-level entry a build reads, regenerating the content included (`npm run build`): a copy of these builds the same site. */
export const BUILD_INPUTS = [
  'src',
  'content',
  'seeds',
  'public',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
] as const;

/** Newest modification time of any file under the given paths (0 if none). */
export async function newestMtime(paths: readonly string[]): Promise<number> {
  let newest = 0;
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) continue;
    if (!info.isDirectory()) {
      newest = Math.max(newest, info.mtimeMs);
      continue;
    }
    const entries = await readdir(path, { withFileTypes: true });
    const children = entries.filter((e) => e.name !== 'node_modules').map((e) => join(path, e.name));
    newest = Math.max(newest, await newestMtime(children));
  }
  return newest;
}

/** dist/index.html exists and is newer than every build input. */
export async function distIsFresh(): Promise<boolean> {
  const built = (await stat(join(DIST_DIR, 'index.html')).catch(() => null))?.mtimeMs;
  if (built === undefined) return false;
  return built > (await newestMtime(BUILD_INPUTS.map((p) => join(PROJECT_ROOT, p))));
}

/** The environment for a build: the project's own Node first on PATH, no test-runner variables (Vite reads NODE_ENV). */
// Vitest puts Vite's own variables into process.env (BASE_URL, MODE, DEV, PROD,
// SSR); a build started from a test must not inherit them (BASE_URL=/ would
// override the base a sub-path build is asked for).
const TEST_RUNNER_VARIABLES = new Set(['NODE_ENV', 'TEST', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !TEST_RUNNER_VARIABLES.has(key) && !key.startsWith('VITEST')));
  env['PATH'] = `${join(PROJECT_ROOT, 'node_modules', '.bin')}:${env['PATH'] ?? ''}`;
  return { ...env, ...extra };
}

/**
 * Node's options for `astro build` of a project with this many articles. Left
 * to itself, V8 sizes its heap from the machine's memory (4 GB of old space
 * and 64 MB semi-spaces on a 24 GB machine) and lets the build's garbage pile
 * up: 876–886 MiB for the largest process of a cold build of the site. With
 * 8 MB semi-spaces and an old-space limit near what the build keeps alive it
 * collects sooner: 565–577 MiB, the same CPU time (3 cold builds each). The
 * build keeps more alive as articles are added (1,000 articles ran GC-bound at
 * 448 MB), so the limit grows by half a megabyte an article.
 */
export function astroNodeOptions(articles: number): string {
  return `--max-semi-space-size=8 --max-old-space-size=${448 + Math.ceil(articles / 2)}`;
}

/** The number of ingested articles in a project (content/articles/*.json). */
function articleCount(dir: string): number {
  try {
    return readdirSync(join(dir, 'content', 'articles')).filter((f) => f.endsWith('.json')).length;
  } catch {
    return 0;
  }
}

/** The environment for `astro build` in `dir`: buildEnv() with astroNodeOptions() added to any NODE_OPTIONS already set. */
export function astroBuildEnv(extra: NodeJS.ProcessEnv = {}, dir = PROJECT_ROOT): NodeJS.ProcessEnv {
  const env = buildEnv(extra);
  env['NODE_OPTIONS'] = [env['NODE_OPTIONS'], astroNodeOptions(articleCount(dir))].filter(Boolean).join(' ');
  return env;
}

/** Runs a command; resolves with its wall-clock seconds, rejects with the end of its output. */
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
    const tail = output.join('').split('\n').slice(-80).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` in ${cwd} exited with code ${code}. Its output ends with:\n${tail}`);
  }
  return (performance.now() - started) / 1000;
}

/** `astro build` in a project directory (the checkout by default), from its content as it is; resolves with its seconds. */
export function astroBuild(dir = PROJECT_ROOT): Promise<number> {
  return runIn(dir, join(PROJECT_ROOT, 'node_modules', '.bin', 'astro'), ['build'], astroBuildEnv({}, dir));
}

/**
 * Builds dist/ in the checkout: `astro build` from the committed content, or
 * with `regenerate` `npm run build` (ingest + explain + astro build). A
 * failure names `who` asked for it.
 */
export async function buildSite(who: string, { regenerate = false } = {}): Promise<void> {
  try {
    if (regenerate) await runIn(PROJECT_ROOT, 'npm', ['run', 'build']);
    else await astroBuild();
  } catch (error) {
    throw new Error(`${who}: the build failed: ${(error as Error).message}`);
  }
}
