// Control data for the front-line maps (content/control/*.json): who held a
// place on a date, according to whom. Every observation names its source,
// which is either a paragraph of one of our seed articles (with the sentence
// relied on, so a test can check the paragraph says it) or a named public
// source with its URL.
import { z } from 'zod';
import { isoDateSchema, paragraphIdSchema } from './article.ts';
import { registryIdSchema } from './registry.ts';

export const seedSourceSchema = z
  .object({
    /** Slug of the seed article (content/articles/<slug>). */
    article: registryIdSchema,
    /** Body paragraph id, p1, p2, … in reading order. */
    paragraph: paragraphIdSchema,
    /** The exact sentence (or part of it) relied on, as it stands in the paragraph. */
    quote: z.string().min(1),
  })
  .strict();

export const namedSourceSchema = z
  .object({
    /** Publisher and title as a reader would cite them. */
    name: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    /** Date of publication, when the page gives one. */
    published: isoDateSchema.optional(),
    /** The words relied on, verbatim (in the source's language). */
    quote: z.string().min(1).optional(),
  })
  .strict();

/** Either a seed paragraph or a named public source; never both, never neither. */
export const observationSourceSchema = z.union([seedSourceSchema, namedSourceSchema]);

export const confidenceSchema = z.enum(['confirmed', 'reported', 'claimed']).describe(
  'confirmed: both sides or an independent monitor and a party agree; reported: a monitor or news agency reports it; claimed: one party says so.',
);

export const observationSchema = z
  .object({
    place: registryIdSchema,
    date: isoDateSchema,
    /** A controller id from controllers.json (an actor id). */
    controller: registryIdSchema,
    confidence: confidenceSchema,
    source: observationSourceSchema,
    /** Why the observation is dated as it is, when the source says it indirectly. */
    note: z.string().min(1).optional(),
  })
  .strict();

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/, 'a colour is #rrggbb in lower case');

export const controllerSchema = z
  .object({
    /** An actor id from content/actors.json, or "contested" for the style of places in dispute. */
    id: registryIdSchema,
    kind: z.enum(['actor', 'contested']),
    label: z.string().min(1),
    /** Fill colour (Okabe–Ito palette, safe for colour-blind readers). */
    colour: hexColour,
    /** Text colour on top of the fill, contrast ≥ 4.5:1 (tested). */
    textColour: hexColour,
    /** Name of the SVG pattern that doubles the colour (drawn by the map component). */
    pattern: z.enum(['solid', 'hatch-diagonal', 'hatch-horizontal', 'hatch-vertical', 'crosshatch', 'dots', 'hatch-contested']),
  })
  .strict();

/** A zone held around a place out to a radius (the al-Tanf deconfliction zone). */
export const zoneSchema = z
  .object({
    place: registryIdSchema,
    radiusKm: z.number().positive(),
    source: namedSourceSchema,
  })
  .strict();

export const mapDateSchema = z
  .object({
    date: isoDateSchema,
    /** Short caption for the stepper: "Before the offensive", "Aleppo falls". */
    label: z.string().min(1),
  })
  .strict();

export const controllersFileSchema = z.array(controllerSchema);
export const observationsFileSchema = z.array(observationSchema);
export const zonesFileSchema = z.array(zoneSchema);
export const mapDatesFileSchema = z.array(mapDateSchema);

export type SeedSource = z.infer<typeof seedSourceSchema>;
export type NamedSource = z.infer<typeof namedSourceSchema>;
export type ObservationSource = z.infer<typeof observationSourceSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Controller = z.infer<typeof controllerSchema>;
export type Zone = z.infer<typeof zoneSchema>;
export type MapDate = z.infer<typeof mapDateSchema>;

export function isSeedSource(source: ObservationSource): source is SeedSource {
  return 'article' in source;
}
