// The test oracle for article pages: what each seed in seeds/ says, read
// straight from the raw DW text and seeds/sources.json, independently of the
// ingest script, so the tests check the pipeline rather than repeat it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../tooling/site-build.ts';

/** Lines of DW page chrome that the scrape captured and the site must never show. */
export const BOILERPLATE = [
  'Skip to content',
  'Skip to main menu',
  'Skip to more DW sites',
  'This browser does not support the video element.',
  "DW's Top Story",
  'Skip next section',
  'More stories from DW',
] as const;

const sourcesSchema = z.array(
  z.object({
    file: z.string(),
    url: z.url(),
    title: z.string(),
    date: z.iso.date(),
    language: z.string(),
  }),
);

export interface SeedArticle {
  file: string;
  /** Last path segment of the DW URL, which is also our page slug. */
  slug: string;
  url: string;
  title: string;
  date: string;
  dek: string;
  caption: string;
  credit: string;
  /** Body lines in order: paragraphs, section headings and video titles, trimmed. */
  body: string[];
  /** Video references as printed: title and "mm:ss" duration. */
  videos: { title: string; duration: string }[];
  signoff: string;
}

const DURATION = /^\d{1,2}:\d{2}$/;
const SIGNOFF = /^[a-z]{1,4}(\/[a-z]{1,4})+\s*\(/u;

/** Is this line (of a seed or of anything else) DW chrome? Numbered skip links ("1. Skip to content") included. */
export function isBoilerplate(line: string): boolean {
  const text = line.trim().replace(/^\d+\.\s*/, '');
  return text === '' || BOILERPLATE.some((b) => text.startsWith(b));
}

function parseSeed({ file, url, title: listedTitle, date }: z.infer<typeof sourcesSchema>[number]): SeedArticle {
  const raw = readFileSync(join(PROJECT_ROOT, 'seeds', file), 'utf8');
  const lines = raw.split('\n').map((l) => l.trim()).filter((l) => !isBoilerplate(l));
  // Fixed header of DW's scrape: category trail, title, date, dek, image alt, caption+credit.
  const [, title, , dek, , captionLine, ...rest] = lines;
  const signoffIndex = rest.findIndex((l) => SIGNOFF.test(l));
  if (!title || !dek || !captionLine?.includes('Image: ') || signoffIndex < 0) {
    throw new Error(`seeds/${file}: not in the DW layout the tests expect`);
  }
  if (title !== listedTitle) throw new Error(`seeds/sources.json: the title of ${file} differs from the seed's`);
  const [caption = '', credit = ''] = captionLine.split('Image: ');
  const bodyLines = rest.slice(0, signoffIndex);
  const videos = bodyLines.flatMap((line, i) => {
    const next = bodyLines[i + 1];
    return next !== undefined && DURATION.test(next) ? [{ title: line, duration: next }] : [];
  });
  const slug = new URL(url).pathname.split('/').filter(Boolean).at(-2) ?? '';
  return {
    file,
    slug,
    url,
    title,
    date,
    dek,
    caption,
    credit,
    body: bodyLines.filter((l) => !DURATION.test(l)),
    videos,
    signoff: rest[signoffIndex] ?? '',
  };
}

export function readSeedArticles(): SeedArticle[] {
  const path = join(PROJECT_ROOT, 'seeds', 'sources.json');
  const sources = sourcesSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  return sources.map(parseSeed);
}

/** Splits a paragraph at sentence ends (". " before a capital or an opening quote). */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?]["”’]?)\s+(?=["“A-Z])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** "02:06" → "PT2M6S", the ISO 8601 duration a <time datetime> carries. */
export function isoDuration(printed: string): string {
  const [h, m, s] = printed.split(':').map(Number).reverse().concat([0, 0]).slice(0, 3).reverse();
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}
