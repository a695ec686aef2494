// The Article: what the ingest script makes of one scraped news article.
// This schema is the contract between scripts/ingest.ts (which writes
// content/articles/<slug>.json) and every page, explainer and map that cites
// an article. Field docs say what each value means and where it comes from.
import { z } from 'zod';

/** Paragraph ids are ordinal ("p1", "p2", …) in reading order of the body, so a
 * citation such as `<slug>#p4` stays valid across reruns of the same input. */
export const paragraphIdSchema = z.string().regex(/^p[1-9][0-9]*$/, 'a paragraph id looks like "p4"');

/** Where a quote, figure or mention sits: a body paragraph, or the lead image's
 * caption (some facts, such as "at least 40 villages", are printed only there).
 * Citations link to `/articles/<slug>/#<id>`. */
export const citableIdSchema = z.union([paragraphIdSchema, z.literal('caption')]);

export const isoDateSchema = z.iso.date();

const lineSchema = z.number().int().positive().describe('1-based line in the seed file');

export const paragraphBlockSchema = z.object({
  type: z.literal('paragraph'),
  id: paragraphIdSchema,
  text: z.string().min(1),
  line: lineSchema,
  /** Present (true) when the page was cut off inside this, its last paragraph: the text stops mid-sentence. */
  truncated: z.literal(true).optional(),
});

export const headingBlockSchema = z.object({
  type: z.literal('heading'),
  /** Slug of the heading text, unique within the article ("government-pushback"). */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  text: z.string().min(1),
  line: lineSchema,
});

export const videoBlockSchema = z.object({
  type: z.literal('video'),
  /** "v1", "v2", … in reading order. */
  id: z.string().regex(/^v[1-9][0-9]*$/),
  title: z.string().min(1),
  /** As printed in the article, "02:06" or "1:02:06". */
  duration: z.string().regex(/^(\d{1,2}:)?\d{1,2}:\d{2}$/),
  durationSeconds: z.number().int().nonnegative(),
  line: lineSchema,
});

export const blockSchema = z.discriminatedUnion('type', [
  paragraphBlockSchema,
  headingBlockSchema,
  videoBlockSchema,
]);

/** A span of a paragraph's text: `text === paragraph.text.slice(start, end)`. */
const spanShape = {
  paragraph: citableIdSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
};

export const quoteSchema = z.object({
  ...spanShape,
  /** The quoted words without their quotation marks, exactly as printed. */
  text: z.string().min(1),
  /** Who the article says spoke, when it names someone (or an institution). */
  speaker: z
    .object({
      /** As named in the article: "Netanyahu", "Rami Abdel Rahman", "the army". */
      name: z.string().min(1),
      /** Registry id (content/actors.json or content/people.json), when resolved. */
      ref: z.string().optional(),
    })
    .optional(),
});

export const figureSchema = z.object({
  ...spanShape,
  /** The number as printed: "412", "115,000", "65". */
  raw: z.string().min(1),
  value: z.number(),
  /** What the number counts, in the article's words: "dead", "rebels", "villages and settlements", "kilometers". */
  counts: z.string().min(1),
  /** When the number is a part of another figure in the same paragraph (214 of the 412), the raw of that whole. */
  partOf: z.string().optional(),
});

export const mentionSchema = z.object({
  ...spanShape,
  /** Registry id, e.g. "hts" or "hama". */
  ref: z.string().min(1),
  /** The words as printed: "Hayat Tahrir al-Sham", "Islamist-led rebels". */
  text: z.string().min(1),
});

export const imageSchema = z.object({
  alt: z.string(),
  caption: z.string(),
  /** Text after "Image:", e.g. "Omar Albam/AP Photo/picture alliance". */
  credit: z.string(),
  line: lineSchema,
});

export const signoffSchema = z.object({
  /** As printed: "tj/wmr (dpa, AFP, Reuters)". */
  raw: z.string().min(1),
  /** Editors' initials: ["tj", "wmr"]. */
  authors: z.array(z.string().min(1)),
  /** News agencies credited: ["dpa", "AFP", "Reuters"]. */
  agencies: z.array(z.string().min(1)),
});

export const sourceSchema = z.object({
  publisher: z.string().min(1),
  /** Canonical URL of the original article, when known (seeds/sources.json or --url). */
  url: z.url().optional(),
  /** Path of the raw text, relative to the project root, e.g. "seeds/dw-2024-12-01-….txt". */
  file: z.string().min(1),
  /** sha256 of the raw file's bytes, so a citation can be checked against the exact input. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const articleSchema = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  title: z.string().min(1),
  date: isoDateSchema,
  /** BCP 47 language tag: "en", "de", "ar", "fa-AF". */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/),
  /** Category trail: "ConflictsSyria" → ["Conflicts", "Syria"]. */
  categories: z.array(z.string().min(1)),
  dek: z.string(),
  image: imageSchema.optional(),
  source: sourceSchema,
  signoff: signoffSchema.optional(),
  blocks: z.array(blockSchema).min(1),
  quotes: z.array(quoteSchema),
  figures: z.array(figureSchema),
  places: z.array(mentionSchema),
  actors: z.array(mentionSchema),
});

export type Article = z.infer<typeof articleSchema>;
export type Block = z.infer<typeof blockSchema>;
export type ParagraphBlock = z.infer<typeof paragraphBlockSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Mention = z.infer<typeof mentionSchema>;
