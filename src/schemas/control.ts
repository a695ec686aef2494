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

/** What kind of publisher a source is: newsrooms weigh a party's word differently from an agency's. */
export const publisherKindSchema = z.enum([
  'agency',
  'newspaper',
  'broadcaster',
  'monitor',
  'research-institute',
  'party',
  'encyclopedia',
  'gazetteer',
]);

/** What identifies a published page: shared by the control sources and the editor's notes' sources. */
export const publicationFields = {
  /** The publisher whose page this is ("Shafaq News", "LBCI"); an agency whose text it carries goes in `via`. */
  publisher: z.string().min(1),
  /** The agency whose wire text the page carries (AFP, Reuters, AP), when it is not the publisher. */
  via: z.string().min(1).optional(),
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  /** Date of publication, when the page gives one. */
  published: isoDateSchema.optional(),
};

/** A public source in content/control/sources.json, cited by id from observations and regions. */
export const sourceRecordSchema = z
  .object({
    id: registryIdSchema,
    ...publicationFields,
    publisherKind: publisherKindSchema,
    /** Why this copy is cited when it is a repost, mirror or encyclopedia: where the original is and why it was not used. */
    onlyCopy: z.string().min(1).optional(),
  })
  .strict();

/** An observation's or region's citation of a source record, with the words relied on. */
export const sourceRefSchema = z
  .object({
    ref: registryIdSchema,
    /** The words relied on, verbatim (in the source's language). */
    quote: z.string().min(1),
  })
  .strict();

/** A named source resolved for display: the record and the words relied on. */
export const namedSourceSchema = z
  .object({
    /** Publisher and title as a reader would cite them. */
    name: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    /** Date of publication, when the page gives one. */
    published: isoDateSchema.optional(),
    /** The words relied on, verbatim (in the source's language). */
    quote: z.string().min(1).optional(),
    publisher: z.string().min(1).optional(),
    /** The agency whose wire text the page carries (AFP, Reuters), when it is not the publisher. */
    via: z.string().min(1).optional(),
    publisherKind: publisherKindSchema.optional(),
    onlyCopy: z.string().min(1).optional(),
  })
  .strict();

/** Either a seed paragraph or a named public source; never both, never neither. */
export const observationSourceSchema = z.union([seedSourceSchema, namedSourceSchema]);

/** As written in content/control/observations.json: a seed paragraph or a source record by id. */
export const observationSourceInputSchema = z.union([seedSourceSchema, sourceRefSchema]);

export const confidenceSchema = z.enum(['confirmed', 'reported', 'claimed']).describe(
  'confirmed: both sides or an independent monitor and a party agree; reported: a monitor or news agency reports it; claimed: one party says so.',
);

/** Fighting inside a place, or opposing forces both claiming it, as a source reports it. */
export const contestSchema = z.array(registryIdSchema).min(2);

const observationFields = {
  place: registryIdSchema,
  date: isoDateSchema,
  /** A controller id from controllers.json (an actor id); for a contested place, the force the source says holds most of it. */
  controller: registryIdSchema,
  /** Set when the source reports fighting inside the place or rival claims to it: the forces involved. */
  contested: contestSchema.optional(),
  confidence: confidenceSchema,
  /**
   * "region" when the source describes a whole area (a governorate, "the
   * entire Idlib province") and the town is assigned from it; such towns get
   * no marker of their own. Omitted when the source names the town.
   */
  basis: z.literal('region').optional(),
  /** Why the observation is dated as it is, when the source says it indirectly. */
  note: z.string().min(1).optional(),
};

/** An observation with its source resolved (what the maps and pages use). */
export const observationSchema = z.object({ ...observationFields, source: observationSourceSchema }).strict();

/** An observation as written in content/control/observations.json. */
export const observationInputSchema = z.object({ ...observationFields, source: observationSourceInputSchema }).strict();

const hexColour = z.string().regex(/^#[0-9a-f]{6}$/, 'a colour is #rrggbb in lower case');

export const controllerSchema = z
  .object({
    /** An actor id from content/actors.json, or "contested" for the style of places in dispute. */
    id: registryIdSchema,
    kind: z.enum(['actor', 'contested']),
    label: z.string().min(1),
    /** A few words for page titles, where every character counts ("HTS-led forces"). */
    shortLabel: z.string().min(1).max(24),
    /** Fill colour (Okabe–Ito palette, safe for colour-blind readers). */
    colour: hexColour,
    /** Text colour on top of the fill, contrast ≥ 4.5:1 (tested). */
    textColour: hexColour,
    /** Name of the SVG pattern that doubles the colour (drawn by the map component). */
    pattern: z.enum(['solid', 'hatch-diagonal', 'hatch-horizontal', 'hatch-vertical', 'crosshatch', 'dots', 'hatch-contested']),
  })
  .strict();

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

/**
 * A region of the baseline (26 November 2024) that a source describes as held
 * by one force as a whole: its towns take that holder unless an observation of
 * their own says otherwise, and its outline is a line the control areas do not
 * cross (see src/lib/geo/compartments.ts).
 */
export const regionShapeSchema = z.discriminatedUnion('kind', [
  /** A polygon in [longitude, latitude]; it may reach beyond the border, which clips it. */
  z.object({ kind: z.literal('polygon'), coordinates: z.array(position).min(4) }).strict(),
  /** A disc around a place (al-Tanf's 55 km deconfliction zone). */
  z.object({ kind: z.literal('disc'), place: registryIdSchema, radiusKm: z.number().positive() }).strict(),
  /** One bank of a river from content/geo/rivers.geo.json: "left" is the left bank looking downstream (the Euphrates' north-east). */
  z.object({ kind: z.literal('river-bank'), river: registryIdSchema, bank: z.enum(['left', 'right']) }).strict(),
  /** Whatever the regions before it leave. */
  z.object({ kind: z.literal('rest') }).strict(),
]);

export const regionSchema = z
  .object({
    id: registryIdSchema,
    name: z.string().min(1),
    /** The force the sources name for the whole region on 26 November 2024. */
    holder: registryIdSchema,
    shape: regionShapeSchema,
    sources: z.array(sourceRefSchema).min(1),
    /** How the outline was drawn, and its limits. */
    note: z.string().min(1).optional(),
  })
  .strict();

export const mapDateSchema = z
  .object({
    date: isoDateSchema,
    /** Short caption for the stepper: "Before the offensive", "Aleppo falls". */
    label: z.string().min(1),
    /** When this day's map data last changed (ISO date); a change to a day already published is logged in content/corrections.json. */
    changed: isoDateSchema,
  })
  .strict();

export const controllersFileSchema = z.array(controllerSchema);
export const observationsFileSchema = z.array(observationSchema);
export const observationsInputFileSchema = z.array(observationInputSchema);
export const sourcesFileSchema = z.array(sourceRecordSchema);
export const regionsFileSchema = z.array(regionSchema);
export const mapDatesFileSchema = z.array(mapDateSchema);

export type SeedSource = z.infer<typeof seedSourceSchema>;
export type NamedSource = z.infer<typeof namedSourceSchema>;
export type ObservationSource = z.infer<typeof observationSourceSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type Controller = z.infer<typeof controllerSchema>;
export type ObservationInput = z.infer<typeof observationInputSchema>;
export type SourceRecord = z.infer<typeof sourceRecordSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type Region = z.infer<typeof regionSchema>;
export type RegionShape = z.infer<typeof regionShapeSchema>;
export type PublisherKind = z.infer<typeof publisherKindSchema>;
export type MapDate = z.infer<typeof mapDateSchema>;

export function isSeedSource(source: ObservationSource): source is SeedSource {
  return 'article' in source;
}
