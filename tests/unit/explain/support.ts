// Small synthetic articles for the explain tests: paragraphs as plain text,
// mentions and quotes given by their words, spans computed here, and the
// result validated by the Article schema like a real ingest output.
import { articleSchema, type Article } from '../../../src/schemas/article.ts';
import type { Actor, Person } from '../../../src/schemas/registry.ts';

export interface MentionSpec {
  paragraph: number;
  text: string;
  ref: string;
  /** Which occurrence in the paragraph (0 = first). */
  nth?: number;
}

export interface QuoteSpec {
  paragraph: number;
  /** The quoted words without their marks; the paragraph must contain them inside "…". */
  text: string;
  speaker?: string;
  ref?: string;
}

export interface ArticleSpec {
  slug?: string;
  date?: string;
  paragraphs: string[];
  actors?: MentionSpec[];
  places?: MentionSpec[];
  quotes?: QuoteSpec[];
  caption?: string;
}

function find(text: string, words: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(words, at + 1);
    if (at < 0) throw new Error(`"${words}" is not in "${text}"`);
  }
  return at;
}

export function makeArticle(spec: ArticleSpec): Article {
  const paragraphs = spec.paragraphs;
  const mention = (m: MentionSpec) => {
    const text = paragraphs[m.paragraph - 1] ?? '';
    const start = find(text, m.text, m.nth);
    return { paragraph: `p${m.paragraph}`, start, end: start + m.text.length, ref: m.ref, text: m.text };
  };
  return articleSchema.parse({
    slug: spec.slug ?? 'test-article',
    title: 'Test article',
    date: spec.date ?? '2024-12-01',
    language: 'en',
    categories: ['Conflicts', 'Syria'],
    dek: 'A dek.',
    ...(spec.caption !== undefined ? { image: { alt: 'Alt.', caption: spec.caption, credit: 'Agency', line: 3 } } : {}),
    source: { publisher: 'DW', file: 'seeds/test.txt', sha256: 'a'.repeat(64) },
    blocks: paragraphs.map((text, i) => ({ type: 'paragraph', id: `p${i + 1}`, text, line: 10 + i * 2 })),
    quotes: (spec.quotes ?? []).map((q) => {
      const text = paragraphs[q.paragraph - 1] ?? '';
      const start = find(text, q.text);
      return {
        paragraph: `p${q.paragraph}`,
        start,
        end: start + q.text.length,
        text: q.text,
        ...(q.speaker ? { speaker: { name: q.speaker, ...(q.ref ? { ref: q.ref } : {}) } } : {}),
      };
    }),
    figures: [],
    places: (spec.places ?? []).map(mention),
    actors: (spec.actors ?? []).map(mention),
  });
}

export const ACTORS: Actor[] = [
  { id: 'iran', name: 'Iran', shortName: 'Iran', kind: 'state', aliases: ['Iranian', 'Tehran'] },
  { id: 'turkey', name: 'Turkey', shortName: 'Turkey', kind: 'state', aliases: ['Turkish'] },
  { id: 'germany', name: 'Germany', shortName: 'Germany', kind: 'state', aliases: ["Germany's Foreign Ministry"] },
  { id: 'sohr', name: 'Syrian Observatory for Human Rights', shortName: 'SOHR', kind: 'organisation', aliases: ['Observatory'] },
  { id: 'china', name: 'China', shortName: 'China', kind: 'state', aliases: ['Chinese embassy'] },
];

export const PEOPLE: Person[] = [
  { id: 'abbas-araghchi', name: 'Abbas Araghchi', role: 'Iranian foreign minister', actor: 'iran', aliases: [] },
];
