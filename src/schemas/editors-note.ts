// Editor's notes (content/notes.json): where a seed article is wrong or
// disagrees with its own source, its words stay verbatim and a note beside
// them gives the other source. A note is pinned to the words it concerns in
// one paragraph of one article; every build and the content tests check that
// those words still stand in that paragraph.
import { z } from 'zod';
import { isoDateSchema, paragraphIdSchema } from './article.ts';
import { publicationFields, publisherKindSchema } from './control.ts';
import { registryIdSchema } from './registry.ts';

/** A source a note relies on: the publisher's own page, with the words relied on. */
export const noteSourceSchema = z
  .object({
    // Whose page it is ("Express & Star", "GeoNames"), its title, address and date.
    ...publicationFields,
    kind: publisherKindSchema,
    /** The words relied on, verbatim. */
    quote: z.string().min(1).optional(),
    /** For a gazetteer or data source, which has no sentence to quote: the values relied on. */
    values: z.string().min(1).optional(),
  })
  .strict()
  .refine((s) => s.quote !== undefined || s.values !== undefined, {
    message: 'give the words relied on ("quote") or, for a gazetteer, the values relied on ("values")',
    path: ['quote'],
  });

export const editorsNoteSchema = z
  .object({
    /** Stable id, used as the anchor on the corrections page ("note-<id>") and in the feed. */
    id: registryIdSchema,
    /** Slug of the article (content/articles/<slug>.json). */
    article: registryIdSchema,
    /** Body paragraph the words stand in. */
    paragraph: paragraphIdSchema,
    /** The seed's words the note concerns, exactly as they stand in the paragraph. */
    words: z.string().min(1),
    /** What the other source says, in a sentence. */
    note: z.string().min(1),
    sources: z.array(noteSourceSchema).min(1),
    /** ISO date the note was published. */
    published: isoDateSchema,
  })
  .strict();

export const editorsNotesFileSchema = z.array(editorsNoteSchema).superRefine((notes, ctx) => {
  const seen = new Set<string>();
  notes.forEach((n, i) => {
    if (seen.has(n.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate note id "${n.id}"` });
    seen.add(n.id);
  });
});

export type NoteSource = z.infer<typeof noteSourceSchema>;
export type EditorsNote = z.infer<typeof editorsNoteSchema>;
