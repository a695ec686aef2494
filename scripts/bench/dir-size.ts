// The size of a build directory: every file's bytes, and how many HTML pages.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export async function dirSize(dir: string): Promise<{ bytes: number; pages: number }> {
  let bytes = 0;
  let pages = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { bytes, pages };
}
