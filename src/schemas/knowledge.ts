// Curated knowledge, written by us: a fact (one sentence with the public
// sources it rests on), a dated event, the shared outcome facts
// (content/knowledge/outcome.json), and the frontmatter of the explainers that
// `npm run explain` generates (content/explainers/*.mdx). Everything the
// articles say comes from the articles at generation time; the story files
// (src/schemas/story.ts) hold only what the articles do not say, and the
// selectors that tell the generator what to pick from the articles.
import { z } from 'zod';
import { namedSourceSchema } from './control.ts';
import { isoDateSchema } from './article.ts';
import { registryIdSchema } from './registry.ts';

/** One sentence we wrote, neutral and factual, and where it comes from. */
export const curatedFactSchema = z
  .object({
    text: z.string().min(1).regex(/[.!?]$/u, 'a fact is one full sentence ending in . ! or ?'),
    /** The day it happened, where its sources give one: shown before the sentence. */
    date: isoDateSchema.optional(),
    sources: z.array(namedSourceSchema).min(1, 'every curated fact names at least one public source'),
  })
  .strict();

/** An event on the offensive's timeline that the articles mention without a date. */
export const curatedEventSchema = z
  .object({
    date: isoDateSchema,
    text: curatedFactSchema.shape.text,
    sources: curatedFactSchema.shape.sources,
  })
  .strict();

/** A regular expression, matched case-insensitively. */
export const patternSchema = z.string().min(1).refine((source) => {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export type CuratedFact = z.infer<typeof curatedFactSchema>;
export type CuratedEvent = z.infer<typeof curatedEventSchema>;

/** Frontmatter of a generated explainer (content/explainers/<slug>.mdx). */
export const explainerFrontmatterSchema = z.object({
  explainer: registryIdSchema,
  title: z.string().min(1),
  description: z.string().min(1),
  /** Reading order on the home page and the explainer index (1 first). */
  order: z.number().int().positive(),
  /** Newest date of the articles it draws on. */
  updated: isoDateSchema,
  /** Top-level sections, for the page's table of contents. */
  sections: z.array(z.object({ id: z.string().min(1), title: z.string().min(1) })),
  /** Article slugs cited. */
  articles: z.array(registryIdSchema),
  /** Curated sources cited, with their date of publication where they give one. */
  sources: z.array(z.object({ name: z.string().min(1), url: z.url(), published: isoDateSchema.optional() })),
  /** Display names for the search filters. */
  actors: z.array(z.string().min(1)),
  places: z.array(z.string().min(1)),
});

export type ExplainerFrontmatter = z.infer<typeof explainerFrontmatterSchema>;

/** How the offensive ended (content/knowledge/outcome.json): what the home page says happened, each sentence sourced. */
export const outcomeFileSchema = z
  .object({
    /** The day the offensive ended (ISO date). */
    date: isoDateSchema,
    /** Sentences we wrote, each with the reports it rests on. */
    facts: z.array(curatedFactSchema).min(1),
  })
  .strict();

export type OutcomeFile = z.infer<typeof outcomeFileSchema>;
