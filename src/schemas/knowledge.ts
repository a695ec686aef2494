// Curated knowledge for the explainers (content/knowledge/*.json), written by
// us, and the frontmatter of the explainers that `npm run explain` generates
// (content/explainers/*.mdx). Everything the articles say comes from the
// articles at generation time; these files hold only what the articles do not
// say (who a party is, who backs it, dated events the articles leave undated),
// each sentence with the public sources it rests on, and the selectors that
// tell the generator what to pick from the articles.
import { z } from 'zod';
import { namedSourceSchema } from './control.ts';
import { isoDateSchema } from './article.ts';
import { registryIdSchema } from './registry.ts';

/** One sentence we wrote, neutral and factual, and where it comes from. */
export const curatedFactSchema = z
  .object({
    text: z.string().min(1).regex(/[.!?]$/u, 'a fact is one full sentence ending in . ! or ?'),
    sources: z.array(namedSourceSchema).min(1, 'every curated fact names at least one public source'),
  })
  .strict();

export const partySchema = z
  .object({
    /** Section id on the page ("hts"); also its anchor. */
    id: registryIdSchema,
    /** Section heading: "HTS and allied factions". */
    heading: z.string().min(1),
    /** Actor ids (content/actors.json) whose mentions and quotes count for this party. */
    actors: z.array(registryIdSchema).min(1),
    /** Controller id (content/control/controllers.json) whose areas the party's map highlights. */
    controller: registryIdSchema.optional(),
    /** Named by the sources only in passing (Israel's stance, IS as a former party). */
    inPassing: z.boolean().optional(),
    /** Who they are. */
    about: z.array(curatedFactSchema).min(1),
    /** Who backs them (may be empty for a state). */
    backers: z.array(curatedFactSchema),
  })
  .strict();

const pageTextShape = {
  /** Page title (our words). */
  title: z.string().min(1),
  /** One-sentence summary for search engines and the explainer index (our words, no article facts). */
  description: z.string().min(1),
};

export const partiesFileSchema = z
  .object({
    ...pageTextShape,
    /** At most this many article sentences per party (the newest win). */
    maxReports: z.number().int().positive(),
    /** At most this many quotes per party. */
    maxQuotes: z.number().int().positive(),
    parties: z.array(partySchema).min(1),
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

const patternSchema = z.string().min(1).refine((source) => {
  try {
    new RegExp(source, 'iu');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export const offensiveFileSchema = z
  .object({
    ...pageTextShape,
    period: z.object({ from: isoDateSchema, to: isoDateSchema }).strict(),
    /** Curated events, for days the articles give no dated event for. */
    events: z.array(curatedEventSchema),
    /** The death toll to chart: a figure whose `counts` matches, with parts (`partOf`). */
    toll: z.object({ title: z.string().min(1), counts: patternSchema }).strict(),
    /** Key figures: the newest figure (body or image caption) whose `counts` matches. */
    keyFigures: z.array(z.object({ id: registryIdSchema, counts: patternSchema }).strict()),
    /** Actors whose reactions are collected, in this order. */
    reactions: z.array(registryIdSchema).min(1),
    /** What comes next: sentences that name one of these places or match the cue. */
    outlook: z
      .object({ places: z.array(registryIdSchema), cue: patternSchema, context: z.array(curatedFactSchema) })
      .strict(),
  })
  .strict();

export type CuratedFact = z.infer<typeof curatedFactSchema>;
export type Party = z.infer<typeof partySchema>;
export type PartiesFile = z.infer<typeof partiesFileSchema>;
export type CuratedEvent = z.infer<typeof curatedEventSchema>;
export type OffensiveFile = z.infer<typeof offensiveFileSchema>;

/** Frontmatter of a generated explainer (content/explainers/<slug>.mdx). */
export const explainerFrontmatterSchema = z.object({
  explainer: registryIdSchema,
  title: z.string().min(1),
  description: z.string().min(1),
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
