// Curated registries that we write by hand (content/actors.json,
// content/people.json, content/places.json). The ingest script resolves names
// in article text against their aliases; maps and explainers read their ids.
import { z } from 'zod';

export const registryIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'an id is lower-case words joined by "-"');

/** A named public source for a fact we state ourselves (a profile, a coordinate). */
export const publicSourceSchema = z.object({
  name: z.string().min(1),
  url: z.url(),
});

const aliasesSchema = z
  .array(z.string().min(1))
  .describe('Exact surface forms matched in article text (case-sensitive, whole words). The display name is matched too.');

export const actorSchema = z.object({
  id: registryIdSchema,
  name: z.string().min(1),
  /** Short label for maps and legends: "HTS", "SDF". */
  shortName: z.string().min(1),
  aliases: aliasesSchema,
  kind: z.enum(['armed-group', 'coalition', 'government', 'state', 'organisation', 'agency', 'militia']),
  /** Another actor this one belongs to or is grouped under on maps. */
  partOf: registryIdSchema.optional(),
});

export const personSchema = z.object({
  id: registryIdSchema,
  name: z.string().min(1),
  aliases: aliasesSchema,
  /** Role as of late 2024, in neutral words: "UN special envoy for Syria". */
  role: z.string().min(1),
  /** The actor the person speaks for, when there is one. */
  actor: registryIdSchema.optional(),
});

export const placeSchema = z.object({
  id: registryIdSchema,
  name: z.string().min(1),
  nameAr: z.string().min(1).optional(),
  aliases: aliasesSchema,
  kind: z.enum(['country', 'capital', 'governorate', 'city', 'town', 'village', 'district', 'site', 'region', 'river', 'road']),
  /** [longitude, latitude] in degrees (WGS 84). */
  coordinates: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]).optional(),
  /** GeoNames feature id, when the coordinates come from GeoNames. */
  geonameId: z.number().int().positive().optional(),
  /** The governorate the place lies in (a place id). */
  governorate: registryIdSchema.optional(),
  /** Where hand-added facts about the place come from: its coordinates when there is no geonameId, and its Arabic name when GeoNames has none. */
  source: publicSourceSchema.optional(),
});

export const actorsFileSchema = z.array(actorSchema);
export const peopleFileSchema = z.array(personSchema);
export const placesFileSchema = z.array(placeSchema);

export type Actor = z.infer<typeof actorSchema>;
export type Person = z.infer<typeof personSchema>;
export type Place = z.infer<typeof placeSchema>;
