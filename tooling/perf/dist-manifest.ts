// A built site as a manifest: every file's path (relative, '/'-separated) and
// the SHA-256 of its bytes, for comparing two builds (dist-diff.ts).
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Manifest } from './dist-diff.ts';

export async function manifestOf(dir: string): Promise<Manifest> {
  const manifest = new Map<string, string>();
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((e) => e.isFile()).sort((a, b) => join(a.parentPath, a.name).localeCompare(join(b.parentPath, b.name)))) {
    const path = join(entry.parentPath, entry.name);
    manifest.set(relative(dir, path).split(sep).join('/'), createHash('sha256').update(await readFile(path)).digest('hex'));
  }
  return manifest;
}
