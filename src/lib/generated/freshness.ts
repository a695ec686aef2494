// The `--check` of every generator (`npm run ingest`, `explain`, `geodata`):
// compare what a run would write with what is on disk, write nothing, and
// name each file that differs. Tests and CI build from the committed content,
// so a generated file that no longer matches its inputs must fail a check
// rather than be quietly rewritten by a build.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What is wrong with one generated file. */
export interface StaleFile {
  /** As messages show it: "content/articles/x.json". */
  file: string;
  /**
   * missing: a run would write it; stale: a run would write something else;
   * unexpected: a file of the generated kind that no input makes.
   */
  problem: 'missing' | 'stale' | 'unexpected';
}

export interface GeneratedSet {
  /** The directory on disk. */
  dir: string;
  /** How messages name it: "content/articles". */
  shown: string;
  /** What a run would write there, by file name. */
  files: readonly { name: string; content: string | Uint8Array }[];
  /** Which other names in `dir` count as generated (reported as unexpected); none when omitted. */
  isGenerated?: (name: string) => boolean;
}

const utf8 = new TextEncoder();

/** Every file of the set that is missing, differs, or should not be there, in file order; empty when all match. */
export function staleFiles(set: GeneratedSet): StaleFile[] {
  const stale: StaleFile[] = [];
  for (const { name, content } of set.files) {
    const path = join(set.dir, name);
    const file = `${set.shown}/${name}`;
    if (!existsSync(path)) {
      stale.push({ file, problem: 'missing' });
      continue;
    }
    const wanted = typeof content === 'string' ? utf8.encode(content) : content;
    if (!readFileSync(path).equals(wanted)) stale.push({ file, problem: 'stale' });
  }
  const { isGenerated } = set;
  if (isGenerated && existsSync(set.dir)) {
    const expected = new Set(set.files.map((f) => f.name));
    for (const name of readdirSync(set.dir).sort()) {
      if (!expected.has(name) && isGenerated(name)) stale.push({ file: `${set.shown}/${name}`, problem: 'unexpected' });
    }
  }
  return stale;
}

/** "content/articles/x.json: stale (run npm run ingest)": one line a file, for the check's output. */
export function describeStale({ file, problem }: StaleFile, command: string): string {
  if (problem === 'unexpected') return `${file}: unexpected (no input of ${command} makes it: delete it, or restore its input)`;
  return `${file}: ${problem} (run ${command})`;
}
