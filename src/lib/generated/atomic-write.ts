// Writes a file so that readers see either the old content or the new, never
// half of it: write a temporary file beside the target (unique per process,
// thread and call: src/lib/ingest/temp-file.ts), then rename it over. Used by
// `npm run explain`, `npm run geodata` and the PNG cache; the ingest run stages its temps
// while it converts instead (src/lib/ingest/staged-article.ts), with the same
// temp names, so one sweep finds the leftovers of a crashed run.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { tempPathFor } from '../ingest/temp-file.ts';

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = tempPathFor(path);
  try {
    if (typeof content === 'string') writeFileSync(temp, content, 'utf8');
    else writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
