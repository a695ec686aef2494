// The committed geodata files (content/geo/*.geo.json), written by
// scripts/extract-geodata.ts. GeoJSON FeatureCollections with a `generated`
// header naming where the data comes from and how to regenerate it.
import { z } from 'zod';
import { namedSourceSchema } from './control.ts';
import { registryIdSchema } from './registry.ts';

const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ring = z.array(position).min(4);

export const polygonGeometrySchema = z.union([
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

export const lineGeometrySchema = z.object({
  type: z.literal('MultiLineString'),
  coordinates: z.array(z.array(position).min(2)).min(1),
});

export const generatedHeaderSchema = z.object({
  note: z.string().min(1),
  command: z.string().min(1),
  sources: z
    .array(z.object({ package: z.string().min(1), version: z.string().min(1), license: z.string().min(1), data: z.string().min(1) }))
    .min(1),
});

function collection<P extends z.ZodType, G extends z.ZodType>(properties: P, geometry: G) {
  return z.object({
    type: z.literal('FeatureCollection'),
    generated: generatedHeaderSchema,
    features: z.array(z.object({ type: z.literal('Feature'), properties, geometry })),
  });
}

export const governoratesFileSchema = collection(
  z.object({ id: z.string().min(1), iso: z.string().regex(/^SY-[A-Z]{2}$/), name: z.string().min(1), nameAr: z.string().min(1) }),
  polygonGeometrySchema,
);

export const countriesFileSchema = collection(
  z.object({ id: z.string().min(1), name: z.string().min(1) }),
  polygonGeometrySchema,
);

/** content/geo/syria-towns.json: every Syrian populated place in GeoNames (scripts/extract-towns.ts). */
export const townsFileSchema = z
  .object({
    generated: generatedHeaderSchema,
    towns: z.array(
      z
        .object({
          id: registryIdSchema,
          name: z.string().min(1),
          geonamesName: z.string().min(1),
          geonameId: z.number().int().positive(),
          coordinates: position,
          governorate: registryIdSchema,
          featureCode: z.string().min(1),
          population: z.number().int().nonnegative(),
        })
        .strict(),
    ),
  })
  .strict();

export const riversFileSchema = collection(z.object({ id: z.string().min(1), name: z.string().min(1) }), lineGeometrySchema);

/**
 * A highway drawn schematically as a polyline through the towns it serves
 * (content/geo/highways.json, written by hand): the map labels it "schematic".
 */
export const highwaySchema = z
  .object({
    id: registryIdSchema,
    name: z.string().min(1),
    schematic: z.literal(true),
    /** Place ids of content/places.json, in road order. */
    via: z.array(registryIdSchema).min(2),
    sources: z.array(namedSourceSchema).min(1),
  })
  .strict();

export const highwaysFileSchema = z.array(highwaySchema);

export type Highway = z.infer<typeof highwaySchema>;
export type GovernoratesFile = z.infer<typeof governoratesFileSchema>;
export type CountriesFile = z.infer<typeof countriesFileSchema>;
export type RiversFile = z.infer<typeof riversFileSchema>;
