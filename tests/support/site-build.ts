// Builds the site once for the browser tests, unless dist/ is already fresh.
//
// Freshness rule: dist/index.html exists and is newer than every file the build
// reads (src/, content/, seeds/, public/, scripts/, the Astro/TS config and the
// lockfile). CI always builds from scratch, and FORCE_SITE_BUILD=1 does the
// same locally, so a stale dist can never hide a failure where it matters.
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const DIST_DIR = join(PROJECT_ROOT, 'dist');

const BUILD_INPUTS = [
  'src',
  'content',
  'seeds',
  'public',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

async function mtimeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

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

export async function distIsFresh(): Promise<boolean> {
  const built = await mtimeOf(join(DIST_DIR, 'index.html'));
  if (built === null) return false;
  const inputs = await newestMtime(BUILD_INPUTS.map((p) => join(PROJECT_ROOT, p)));
  return built > inputs;
}

function mustAlwaysBuild(): boolean {
  const truthy = (v: string | undefined) => v !== undefined && v !== '' && v !== '0' && v !== 'false';
  return truthy(process.env['CI']) || truthy(process.env['FORCE_SITE_BUILD']);
}

/** Runs `npm run build` (ingest + astro build); throws with the build's own output on failure. */
export async function buildSite(): Promise<void> {
  // The test runner's environment must not leak into the build (Vite reads NODE_ENV).
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')),
  );
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn('npm', ['run', 'build'], { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) {
    const tail = output.join('').split('\n').slice(-80).join('\n');
    throw new Error(`browser tests: \`npm run build\` failed (exit code ${code}). Its output ends with:\n${tail}`);
  }
}

/** Ensures dist/ holds a build of the current sources, logging what it did. */
export async function ensureBuiltSite(log: (line: string) => void): Promise<void> {
  if (!mustAlwaysBuild() && (await distIsFresh())) {
    log('browser tests: dist/ is newer than every build input, reusing it (FORCE_SITE_BUILD=1 rebuilds)');
    return;
  }
  const started = performance.now();
  log('browser tests: building the site with `npm run build` …');
  await buildSite();
  log(`browser tests: site built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
