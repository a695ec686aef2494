// Sub-benchmark of `npm run bench`: the site's cold build time.
// "Cold" means no dist/ and none of Astro's or Vite's caches (.astro/,
// node_modules/.astro, node_modules/.vite). Ingest runs first, untimed here
// (scripts/bench-ingest.ts measures it), so the figure is `astro build` alone;
// the target is under 30 s on this 2-core machine.
import { spawn } from 'node:child_process';
import { readdir, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { BenchRow } from './bench.ts';

const ROOT = resolve(import.meta.dirname, '..');
const CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'];
const TARGET_SECONDS = 30;

/** Runs a command in the project root; on failure, throws with the end of its output. */
async function run(command: string, args: string[]): Promise<number> {
  const started = performance.now();
  const output: string[] = [];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', fail);
    child.on('close', done);
  });
  if (code !== 0) {
    const tail = output.join('').split('\n').slice(-40).join('\n');
    throw new Error(`\`${command} ${args.join(' ')}\` exited with code ${code}:\n${tail}`);
  }
  return (performance.now() - started) / 1000;
}

async function sizeOf(dir: string): Promise<{ bytes: number; pages: number }> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  let bytes = 0;
  let pages = 0;
  for (const entry of entries.filter((e) => e.isFile())) {
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { bytes, pages };
}

export async function bench(): Promise<BenchRow[]> {
  await run('npm', ['run', 'ingest']);
  for (const cache of CACHES) await rm(join(ROOT, cache), { recursive: true, force: true });
  const seconds = await run(join(ROOT, 'node_modules/.bin/astro'), ['build']);
  const { bytes, pages } = await sizeOf(join(ROOT, 'dist'));
  return [
    {
      group: 'build',
      metric: 'cold `astro build`',
      value: seconds,
      unit: 's',
      target: `< ${TARGET_SECONDS}`,
      ok: seconds < TARGET_SECONDS,
    },
    { group: 'build', metric: 'HTML pages', value: pages, unit: 'pages' },
    { group: 'build', metric: 'dist/ size', value: bytes / 1024, unit: 'KiB' },
  ];
}

if (import.meta.main) {
  const { formatTable } = await import('./bench.ts');
  console.log(formatTable(await bench()));
}
