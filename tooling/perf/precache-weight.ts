// What the service worker downloads on a reader's first visit to have the
// whole site offline: the files of its precache manifest, as
// src/integrations/service-worker.ts lists them (every file but Pagefind's
// unused languages, through the manifest's own exclusions), counted as a host
// sends them (gzip where it compresses; Pagefind's chunks are gzip already).
// For the budget test (tests/browser/budgets.test.ts) and `npm run bench`.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { buildPrecacheManifest, precacheUrl } from '../../src/lib/offline/precache-manifest.ts';
import { unusedPagefindFiles } from '../../src/lib/offline/pagefind-entry.ts';
import { gzipSize } from './page-weight.ts';
import { isCompressible } from './resource-kind.ts';

export interface PrecacheWeight {
  files: number;
  /** As stored, uncompressed. */
  bytes: number;
  /** On the wire. */
  gzipBytes: number;
}

export async function precacheWeight(distDir: string): Promise<PrecacheWeight> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  const paths = entries.filter((e) => e.isFile()).map((e) => relative(distDir, join(e.parentPath, e.name)).split(sep).join('/'));
  const entry = await readFile(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8').catch(() => null);
  const unused = entry === null ? [] : unusedPagefindFiles(entry, paths);
  const files = await Promise.all(paths.filter((p) => !unused.includes(p)).map(async (path) => ({ path, body: await readFile(join(distDir, path)) })));
  const manifest = buildPrecacheManifest(files.map(({ path, body }) => ({ path, hash: '0'.repeat(16), bytes: body.length })));
  const kept = new Set(manifest.entries.map((e) => e.url));
  const gzipBytes = files
    .filter(({ path }) => kept.has(precacheUrl(path)))
    .reduce((sum, { path, body }) => sum + (isCompressible(path, '', body) ? gzipSize(body) : body.length), 0);
  return { files: manifest.entries.length, bytes: manifest.bytes, gzipBytes };
}
