// Temporary files beside their target, `.<name>.<pid>.<thread>.<n>.tmp`:
// hidden, unique per process and thread (ingest workers write them too), on
// the target's file system so that a rename puts the whole file in place at
// once. A run that is killed may leave some behind; the name says which
// process wrote them, so a later run can remove those of dead processes.
import { rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;

export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${threadId}.${++counter}.tmp`);
}

// Only temps of generated article files (`<slug>.json`, `<slug>.mdx`; slugs have
// no dots), in this naming or the earlier one without the thread.
const ARTICLE_TEMP = /^\.[a-z0-9][a-z0-9-]*\.(?:json|mdx)\.([0-9]+)\.(?:[0-9]+\.)?[0-9]+\.tmp$/u;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the article temps in `dir` (whose entries are `names`) left by
 * processes that are no longer running; a run in progress keeps its own.
 * Returns the names removed.
 */
export function removeStaleArticleTemps(dir: string, names: readonly string[]): string[] {
  const running = new Map<number, boolean>();
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(ARTICLE_TEMP.exec(name)?.[1] ?? Number.NaN);
    if (!Number.isSafeInteger(pid) || pid === process.pid) continue;
    if (!running.has(pid)) running.set(pid, isRunning(pid));
    if (running.get(pid)) continue;
    rmSync(join(dir, name), { force: true });
    removed.push(name);
  }
  return removed;
}
