// One `npm run explain` run: load and check the inputs, build every
// explainer of content/stories/ (its MDX and the data beside it), then check
// every target before writing anything. A target
// edited by hand since it was generated is never overwritten without
// `force`; nothing is written unless every target can be. Files are written
// atomically (temp file + rename), and only when their content changes.
// checkExplainers() is `--check`: the same build, compared, nothing written.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { overwriteRefusal } from '../generated/checksummed-mdx.ts';
import { writeFileAtomic } from '../generated/atomic-write.ts';
import { staleFiles, type StaleFile } from '../generated/freshness.ts';
import { buildCorpus } from './corpus.ts';
import { ExplainError } from './explain-error.ts';
import { explainerData } from './explainer-data.ts';
import { explainerDataFile, explainerFile, explainerFileState, GENERATOR } from './explainer-file.ts';
import { loadExplainInputs } from './load-inputs.ts';
import { storyPage } from './story-page.ts';

export interface ExplainOptions {
  /** Project root (content/ is read from here). */
  root: string;
  /** Output directory relative to the root (default content/explainers). */
  outDir?: string;
  force?: boolean;
}

export interface ExplainReport {
  written: string[];
  unchanged: string[];
}

const OUT_DIR = 'content/explainers';

/** Every file a run writes: per story, <slug>.mdx and <slug>.json. */
export function buildExplainers(root: string): { path: string; content: string }[] {
  const corpus = buildCorpus(loadExplainInputs(root));
  return corpus.stories.flatMap(({ slug, file, story }) => {
    const doc = storyPage(corpus, slug, story);
    return [
      { path: `${slug}.mdx`, content: explainerFile(doc.frontmatter, doc.body, file) },
      { path: `${slug}.json`, content: explainerDataFile(explainerData(doc), file) },
    ];
  });
}

/** The explainers (and any other .mdx or .json in their directory) that do not match what a run would write; writes nothing. */
export function checkExplainers(root: string, outDir = OUT_DIR): StaleFile[] {
  const files = buildExplainers(root).map((f) => ({ name: f.path, content: f.content }));
  return staleFiles({ dir: join(root, outDir), shown: outDir, files, isGenerated: (name) => name.endsWith('.mdx') || name.endsWith('.json') });
}

export async function runExplain(options: ExplainOptions): Promise<ExplainReport> {
  const outDir = options.outDir ?? OUT_DIR;
  const files = buildExplainers(options.root).map((f) => ({ ...f, shown: `${outDir}/${f.path}`, full: join(options.root, outDir, f.path) }));
  const report: ExplainReport = { written: [], unchanged: [] };
  const pending: { path: string; content: string }[] = [];
  const refused: string[] = [];
  for (const file of files) {
    const existing = existsSync(file.full) ? readFileSync(file.full, 'utf8') : null;
    if (existing === file.content) {
      report.unchanged.push(file.shown);
      continue;
    }
    const state = existing === null ? 'intact' : explainerFileState(file.path, existing);
    if (state !== 'intact' && !options.force) {
      refused.push(`${file.shown}: ${overwriteRefusal(GENERATOR, state)}`);
      continue;
    }
    pending.push({ path: file.full, content: file.content });
    report.written.push(file.shown);
  }
  if (refused.length > 0) throw new ExplainError(refused.join('\n'));
  for (const file of pending) writeFileAtomic(file.path, file.content);
  return report;
}
