// Shared by the map tests: the project's real content, loaded once, and the
// articles' metadata as the pages get it (from content/articles/*.json).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { loadMapData } from '../../../src/lib/map/map-data.ts';
import type { ArticleRef } from '../../../src/lib/map/map-sources.ts';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const data = loadMapData(ROOT);

export const articles: ArticleRef[] = readdirSync(path.join(ROOT, 'content/articles'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(path.join(ROOT, 'content/articles', f), 'utf8')) as { slug: string; title: string; date: string; source: { publisher: string } })
  .map((a) => ({ slug: a.slug, title: a.title, date: a.date, publisher: a.source.publisher }));

/** Checks that generated markup is well formed: every tag closed, in order. Returns the problem or ''. */
export function wellFormed(markup: string): string {
  const stack: string[] = [];
  for (const m of markup.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g)) {
    const [, close, name, , selfClose] = m;
    if (selfClose) continue;
    if (!close) stack.push(name!);
    else if (stack.pop() !== name) return `unexpected </${name}> at ${m.index}`;
  }
  return stack.length > 0 ? `unclosed <${stack.join('>, <')}>` : '';
}
