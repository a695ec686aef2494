// An explainer as content (content/stories/<slug>.json): its title and dek,
// and for each section the blocks it shows, in order. Curated sentences are
// written here with their sources; what the articles say is selected here
// (by paragraph or sentence id, or by a query on actor, place, wording or
// report date) and picked from the articles when `npm run explain` runs.
// Adding an explainer is adding a file: src/lib/explain/story-page.ts turns
// any valid file into MDX, and nothing else needs to change.
import { z } from 'zod';
import { isoDateSchema } from './article.ts';
import { curatedEventSchema, curatedFactSchema, patternSchema } from './knowledge.ts';
import { registryIdSchema } from './registry.ts';
import { PASSAGE_PIN } from '../lib/explain/passage-pin.ts';

/** "<article slug>#p4" (the paragraph's sentences) or "<article slug>#p4.2" (its second sentence). */
export const passagePinSchema = z
  .string()
  .regex(PASSAGE_PIN, 'a pin is "<article slug>#p4" or "<article slug>#p4.2" (paragraph 4, its second sentence)');

/**
 * Which article sentences a block shows: every pinned one, and every sentence
 * that names one of the actors or places or matches the cue; `reported`
 * keeps only reports published in that range.
 */
export const passageQuerySchema = z
  .object({
    pins: z.array(passagePinSchema).optional(),
    /** Actor ids (content/actors.json): sentences that name one. */
    actors: z.array(registryIdSchema).optional(),
    /** Place ids (content/places.json): sentences that name one. */
    places: z.array(registryIdSchema).optional(),
    /** A regular expression (case-insensitive) a sentence's words match. */
    cue: patternSchema.optional(),
    /** Only reports published on these dates (inclusive). */
    reported: z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() }).strict().optional(),
  })
  .strict()
  .refine((q) => (q.pins?.length ?? 0) + (q.actors?.length ?? 0) + (q.places?.length ?? 0) > 0 || q.cue !== undefined, {
    message: 'a query names at least one pin, actor, place or cue',
  });

/** The map dates a map steps through: the latest, a range of the map dates, or a list of them. */
export const mapDatesSpecSchema = z.union([
  z.literal('latest'),
  z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() }).strict(),
  z.array(isoDateSchema).min(1),
]);

const factsBlock = z
  .object({
    type: z.literal('facts'),
    /** Our sentences, each with its sources. */
    facts: z.array(curatedFactSchema).min(1).optional(),
    /** Or the facts of a shared file under content/ ("knowledge/outcome.json"), also shown elsewhere. */
    from: z.string().regex(/^knowledge\/[a-z0-9-]+\.json$/u, 'a facts file is "knowledge/<name>.json"').optional(),
  })
  .strict()
  .refine((b) => (b.facts === undefined) !== (b.from === undefined), { message: 'a facts block has either "facts" or "from", not both' });

const passagesBlock = z
  .object({
    type: z.literal('passages'),
    query: passageQuerySchema,
    /** At most this many (the newest reports win); all when absent. */
    max: z.number().int().positive().optional(),
    /** Shown when nothing matches; without it an empty block shows nothing. */
    empty: z.string().min(1).optional(),
  })
  .strict();

const quotesBlock = z
  .object({
    type: z.literal('quotes'),
    /** Quotes whose speaker speaks for one of these actors. */
    actors: z.array(registryIdSchema).min(1),
    /** At most this many (the newest reports win). */
    max: z.number().int().positive(),
  })
  .strict();

const reactionsBlock = z
  .object({
    type: z.literal('reactions'),
    /** One part per actor, in this order: what the reports say it said, and its quotes. */
    actors: z.array(registryIdSchema).min(1),
    maxQuotes: z.number().int().positive(),
    /** Shown for an actor the reports give no reaction for. */
    empty: z.string().min(1),
  })
  .strict();

const timelineBlock = z
  .object({
    type: z.literal('timeline'),
    from: isoDateSchema,
    to: isoDateSchema,
    /** Curated events; the reports' own dated sentences in the period are added. */
    events: z.array(curatedEventSchema),
  })
  .strict()
  .refine((b) => b.from <= b.to, { message: '"from" is after "to"', path: ['from'] });

const mapBlock = z
  .object({
    type: z.literal('map'),
    /** Unique on the page. */
    id: registryIdSchema,
    /** A view of src/lib/map/views.ts: "syria", "corridor", "aleppo". */
    view: registryIdSchema,
    dates: mapDatesSpecSchema,
    /** A controller id (content/control/controllers.json) whose areas stand out. */
    highlight: registryIdSchema.optional(),
    /** false: no date stepper. */
    interactive: z.boolean().optional(),
    title: z.string().min(1).optional(),
  })
  .strict();

const figuresBlock = z
  .object({
    type: z.literal('figures'),
    /** A toll to chart as bars: the newest figure whose `counts` matches, with its parts. */
    toll: z.object({ id: registryIdSchema, title: z.string().min(1), counts: patternSchema }).strict().optional(),
    /** Key figures: the newest figure (body or image caption) whose `counts` matches. */
    figures: z.array(z.object({ id: registryIdSchema, counts: patternSchema }).strict()),
    /** Shown when the reports give none of them. */
    empty: z.string().min(1),
  })
  .strict();

const noteBlock = z.object({ type: z.literal('note'), text: z.string().min(1) }).strict();

export type StoryBlock =
  | z.infer<typeof factsBlock>
  | z.infer<typeof passagesBlock>
  | z.infer<typeof quotesBlock>
  | z.infer<typeof reactionsBlock>
  | z.infer<typeof timelineBlock>
  | z.infer<typeof mapBlock>
  | z.infer<typeof figuresBlock>
  | z.infer<typeof noteBlock>
  | SubsectionBlock;

export interface SubsectionBlock {
  type: 'subsection';
  title: string;
  id?: string | undefined;
  blocks: StoryBlock[];
}

const subsectionBlock: z.ZodType<SubsectionBlock> = z.lazy(() =>
  z
    .object({
      type: z.literal('subsection'),
      title: z.string().min(1),
      id: registryIdSchema.optional(),
      /** A subsection whose blocks all come out empty is left out. */
      blocks: z.array(storyBlockSchema).min(1),
    })
    .strict(),
);

export const storyBlockSchema: z.ZodType<StoryBlock> = z.lazy(() =>
  z.discriminatedUnion('type', [factsBlock, passagesBlock, quotesBlock, reactionsBlock, timelineBlock, mapBlock, figuresBlock, noteBlock, subsectionBlock as never]),
);

export const storySectionSchema = z
  .object({
    /** Anchor on the page. */
    id: registryIdSchema,
    title: z.string().min(1),
    /** Shown as a card about one party (its heading, and "named in passing" for a party the reports only mention). */
    card: z.object({ inPassing: z.boolean().optional() }).strict().optional(),
    blocks: z.array(storyBlockSchema).min(1),
  })
  .strict();

export const storyFileSchema = z
  .object({
    /** Page title (our words). */
    title: z.string().min(1),
    /** One-sentence summary for search engines and the explainer index (our words, no article facts). */
    description: z.string().min(1),
    /** Order on the home page and the explainer index (1 first). */
    order: z.number().int().positive(),
    /**
     * Who and where the page is about, for the search filters, besides those its
     * article excerpts name: a page of curated facts names them in our words,
     * which are not analysed for mentions.
     */
    about: z.object({ actors: z.array(registryIdSchema).optional(), places: z.array(registryIdSchema).optional() }).strict().optional(),
    sections: z.array(storySectionSchema).min(1),
  })
  .strict()
  .superRefine((story, ctx) => {
    const seen = new Set<string>();
    story.sections.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `"${s.id}" is used twice` });
      seen.add(s.id);
    });
  });

export type StoryFile = z.infer<typeof storyFileSchema>;
export type StorySection = z.infer<typeof storySectionSchema>;
export type PassageQuery = z.infer<typeof passageQuerySchema>;
export type MapDatesSpec = z.infer<typeof mapDatesSpecSchema>;
export type FactsBlock = z.infer<typeof factsBlock>;
export type PassagesBlock = z.infer<typeof passagesBlock>;
export type QuotesBlock = z.infer<typeof quotesBlock>;
export type ReactionsBlock = z.infer<typeof reactionsBlock>;
export type TimelineBlock = z.infer<typeof timelineBlock>;
export type MapBlock = z.infer<typeof mapBlock>;
export type FiguresBlock = z.infer<typeof figuresBlock>;
export type NoteBlock = z.infer<typeof noteBlock>;
