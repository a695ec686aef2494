// Whether dist/ is already the build of the sources as they are, so that
// `npm run build` (scripts/build.ts) can skip `astro build` when nothing
// changed (issue 14: a rebuild with no change in under 5 s). After each
// build it records, in .cache/build/record.json (git-ignored):
//   inputs  a SHA-256 of every file the build reads (BUILD_INPUTS: path and
//           bytes) and of what else decides the output (SITE_URL, BASE_PATH,
//           the Node version);
//   output  a SHA-256 of dist/'s file list with each file's size and
//           modification time, so that a dist/ changed or emptied since is
//           rebuilt, not trusted.
// Contents, not times, decide for the inputs: `npm run ingest` and
// `explain` rewrite nothing that did not change, and a checkout that sets
// new times on old files still counts as unchanged.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { writeFileAtomic } from '../src/lib/generated/atomic-write.ts';
import { BUILD_INPUTS, DIST_DIR, PROJECT_ROOT } from './site-build.ts';

export interface BuildRecord {
  inputs: string;
  output: string;
}

const RECORD = join(PROJECT_ROOT, '.cache', 'build', 'record.json');

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => null);
  if (!info) return [];
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !join(e.parentPath, e.name).split(sep).includes('node_modules'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** The fingerprint of the build's inputs in `root`. */
export async function inputsFingerprint(root = PROJECT_ROOT, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const hash = createHash('sha256');
  for (const key of ['SITE_URL', 'BASE_PATH']) hash.update(`${key}=${env[key] ?? ''}\n`);
  hash.update(`node ${process.version}\n`);
  for (const input of BUILD_INPUTS) {
    for (const file of await filesUnder(join(root, input))) {
      hash.update(`${relative(root, file).split(sep).join('/')}\n`);
      hash.update(await readFile(file));
    }
  }
  return hash.digest('hex');
}

/** The fingerprint of a built dist/: its files, sizes and times; '' when it holds no site. */
export async function outputFingerprint(dist = DIST_DIR): Promise<string> {
  if (!existsSync(join(dist, 'index.html'))) return '';
  const hash = createHash('sha256');
  for (const file of await filesUnder(dist)) {
    const info = await stat(file);
    hash.update(`${relative(dist, file).split(sep).join('/')} ${info.size} ${info.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

export async function readBuildRecord(path = RECORD): Promise<BuildRecord | null> {
  try {
    const record = JSON.parse(await readFile(path, 'utf8')) as Partial<BuildRecord>;
    return typeof record.inputs === 'string' && typeof record.output === 'string' ? { inputs: record.inputs, output: record.output } : null;
  } catch {
    return null;
  }
}

export function writeBuildRecord(record: BuildRecord, path = RECORD): void {
  writeFileAtomic(path, `${JSON.stringify(record)}\n`);
}

/** dist/ is the build recorded for exactly these inputs, untouched since. */
export function isUpToDate(record: BuildRecord | null, inputs: string, output: string): boolean {
  return record !== null && output !== '' && record.inputs === inputs && record.output === output;
}
