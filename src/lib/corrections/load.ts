// Reads the corrections log's two files and the articles the notes are on,
// validated: a schema error names the file and the field, and a note whose
// words no longer stand in its paragraph (after a re-ingest) fails the build.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articleSchema, type Article } from '../../schemas/article.ts';
import { correctionsFileSchema, type Correction } from '../../schemas/correction.ts';
import { editorsNotesFileSchema, type EditorsNote } from '../../schemas/editors-note.ts';
import { readJsonFile } from '../content/read-json-file.ts';
import { notePlacementProblems } from './editors-notes.ts';
import { correctionsLog, type LogEntry, type NotedArticle } from './log.ts';

export const NOTES_FILE = 'content/notes.json';
export const CORRECTIONS_FILE = 'content/corrections.json';

export class CorrectionsDataError extends Error {}
const toError = (message: string) => new CorrectionsDataError(message);

/** The ingested articles, keyed by slug (the generator's stamp dropped). */
export function readArticles(root: string): Map<string, Article> {
  const dir = 'content/articles';
  return new Map(
    readdirSync(join(root, dir))
      .filter((n) => n.endsWith('.json'))
      .sort()
      .map((n) => {
        // articleSchema is not strict: the generator's `_generated` stamp is dropped.
        const article = readJsonFile(root, `${dir}/${n}`, articleSchema, toError);
        return [article.slug, article];
      }),
  );
}

export interface CorrectionsData {
  corrections: Correction[];
  notes: EditorsNote[];
  articles: Map<string, Article>;
  log: LogEntry[];
}

export function readCorrectionsData(root: string): CorrectionsData {
  const corrections = readJsonFile(root, CORRECTIONS_FILE, correctionsFileSchema, toError);
  const notes = readJsonFile(root, NOTES_FILE, editorsNotesFileSchema, toError);
  const articles = readArticles(root);
  const problems = notePlacementProblems(notes, articles, NOTES_FILE);
  if (problems.length > 0) throw toError(problems.join('\n'));
  const noted = new Map<string, NotedArticle>(
    [...articles.values()].map((a) => [a.slug, { slug: a.slug, title: a.title, date: a.date, publisher: a.source.publisher }]),
  );
  return { corrections, notes, articles, log: correctionsLog(corrections, notes, noted) };
}

const cache = new Map<string, CorrectionsData>();

/** readCorrectionsData, read once per build: every paragraph of every page asks for it. */
export function correctionsData(root: string): CorrectionsData {
  let data = cache.get(root);
  if (!data) {
    data = readCorrectionsData(root);
    cache.set(root, data);
  }
  return data;
}
