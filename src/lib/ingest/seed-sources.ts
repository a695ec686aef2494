// seeds/sources.json: where each seed comes from. The ingest script takes the
// publisher and URL from it and checks that the parsed title, date and
// language agree with it, so the two can never drift apart silently.
import { z } from 'zod';
import type { Article } from '../../schemas/article.ts';
import { IngestError } from './ingest-error.ts';

export const seedSourceSchema = z.object({
  file: z.string().regex(/^[^/\\]+\.txt$/u, 'a file name in seeds/, ending in .txt'),
  publisher: z.string().min(1),
  url: z.url(),
  title: z.string().min(1),
  date: z.iso.date(),
  language: z.string().min(2),
});

export type SeedSource = z.infer<typeof seedSourceSchema>;

/** Parses the file's text; errors name the entry and field. */
export function parseSeedSources(text: string, file: string): SeedSource[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new IngestError(file, undefined, `not valid JSON (${(error as Error).message})`);
  }
  const parsed = z.array(seedSourceSchema).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new IngestError(file, undefined, `entry ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Throws when the article disagrees with what sources.json says about it. */
export function checkAgainstSource(article: Article, source: SeedSource, lines: { title: number; date: number }): void {
  const file = article.source.file;
  for (const field of ['title', 'date', 'language'] as const) {
    if (article[field] !== source[field]) {
      const line = field === 'title' ? lines.title : lines.date;
      throw new IngestError(file, line, `${field} "${article[field]}" differs from seeds/sources.json ("${source[field]}")`);
    }
  }
}
