// The data files `npm run explain` writes beside the explainers
// (content/explainers/<slug>.json), read and validated; errors name the file
// and field. Code that needs an explainer's charts or outline reads these,
// never the MDX.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { explainerDataSchema, type ExplainerData } from '../../schemas/explainer-data.ts';
import { readJsonFile } from './read-json-file.ts';

export const EXPLAINERS_DIR = 'content/explainers';

export class ExplainerDataError extends Error {
  override name = 'ExplainerDataError';
}

/** Every explainer's data, in file-name order. */
export function loadExplainerData(root: string = process.cwd()): ExplainerData[] {
  return readdirSync(join(root, EXPLAINERS_DIR))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJsonFile(root, `${EXPLAINERS_DIR}/${f}`, explainerDataSchema, (m) => new ExplainerDataError(m)));
}
