// The map views: what each map shows, how it is framed and which places are
// labelled. A view is data; the projection is always fitted to the view's
// focus (fitExtent), so no scale or centre is written here. Checked by a zod
// schema when read, and by a test against the gazetteer (every place exists).
import { z } from 'zod';
import { registryIdSchema } from '../../schemas/registry.ts';

export const viewSchema = z
  .object({
    id: registryIdSchema,
    /** Heading of the map. */
    title: z.string().min(1),
    /** The area named in text alternatives: "Syria", "the Idlib–Aleppo–Hama corridor". */
    area: z.string().min(1),
    /** One sentence on what the view shows, under its heading. */
    intro: z.string().min(1),
    /** What the projection is fitted to: the whole country, or these places plus a margin. */
    focus: z.union([
      z.object({ kind: z.literal('country') }).strict(),
      z.object({ kind: z.literal('places'), places: z.array(registryIdSchema).min(2), marginKm: z.number().positive() }).strict(),
    ]),
    /** Size of the SVG's viewBox in pixels (the SVG scales to its container's width). */
    frame: z.object({ width: z.number().int().positive(), height: z.number().int().positive(), padding: z.number().nonnegative() }).strict(),
    /** Places labelled on the map and listed in the table; higher priority is placed first. */
    labels: z.array(z.object({ place: registryIdSchema, priority: z.number().int().min(1).max(9) }).strict()).min(1),
    /** Name neighbouring countries where enough of them shows. */
    countryLabels: z.boolean(),
    /** Label the rivers and highways that cross the frame. */
    lineLabels: z.boolean(),
  })
  .strict();

export type MapView = z.infer<typeof viewSchema>;

const VIEWS: MapView[] = [
  {
    id: 'syria',
    title: 'Syria',
    area: 'Syria',
    intro: 'The whole country: the rebel advance from Idlib through Aleppo to Hama, and the areas held by other forces.',
    focus: { kind: 'country' },
    frame: { width: 600, height: 540, padding: 12 },
    labels: [
      { place: 'damascus', priority: 9 },
      { place: 'aleppo', priority: 9 },
      { place: 'hama', priority: 8 },
      { place: 'homs', priority: 8 },
      { place: 'idlib', priority: 8 },
      { place: 'latakia', priority: 6 },
      { place: 'deir-ez-zor', priority: 6 },
      { place: 'raqqa', priority: 6 },
      { place: 'qamishli', priority: 5 },
      { place: 'daraa', priority: 5 },
      { place: 'palmyra', priority: 4 },
      { place: 'tartus', priority: 4 },
      { place: 'manbij', priority: 3 },
      { place: 'al-tanf', priority: 3 },
      { place: 'abu-kamal', priority: 3 },
      { place: 'suwayda', priority: 2 },
    ],
    countryLabels: true,
    lineLabels: true,
  },
  {
    id: 'corridor',
    title: 'Idlib, Aleppo and Hama',
    area: 'the Idlib–Aleppo–Hama corridor',
    intro: 'The corridor of the offensive along the M5 highway, from Aleppo in the north to Hama in the south.',
    focus: { kind: 'places', places: ['idlib', 'aleppo', 'hama'], marginKm: 22 },
    frame: { width: 600, height: 660, padding: 8 },
    labels: [
      { place: 'aleppo', priority: 9 },
      { place: 'hama', priority: 9 },
      { place: 'idlib', priority: 8 },
      { place: 'saraqib', priority: 7 },
      { place: 'maarat-al-numan', priority: 7 },
      { place: 'khan-shaykhun', priority: 7 },
      { place: 'morek', priority: 5 },
      { place: 'salamiyah', priority: 5 },
      { place: 'al-safira', priority: 4 },
      { place: 'atarib', priority: 4 },
      { place: 'nubl', priority: 4 },
      { place: 'tal-rifaat', priority: 4 },
      { place: 'suran', priority: 3 },
      { place: 'halfaya', priority: 3 },
      { place: 'kafr-zita', priority: 3 },
      { place: 'taybat-al-imam', priority: 2 },
      { place: 'qalaat-al-madiq', priority: 2 },
      { place: 'kuweires-airbase', priority: 2 },
    ],
    countryLabels: true,
    lineLabels: true,
  },
  {
    id: 'aleppo',
    title: 'Aleppo and its surroundings',
    area: 'Aleppo and its surroundings',
    intro: 'Aleppo city with the districts of Sheikh Maqsoud and Sheikh Najjar, the towns of Nubl and al-Zahraa and the Kuweires airbase.',
    focus: { kind: 'places', places: ['sheikh-maqsoud', 'sheikh-najjar', 'kuweires-airbase', 'nubl', 'al-zahraa', 'al-safira', 'aleppo'], marginKm: 8 },
    frame: { width: 600, height: 480, padding: 8 },
    labels: [
      { place: 'aleppo', priority: 9 },
      { place: 'sheikh-maqsoud', priority: 8 },
      { place: 'nubl', priority: 7 },
      { place: 'al-zahraa', priority: 7 },
      { place: 'kuweires-airbase', priority: 7 },
      { place: 'sheikh-najjar', priority: 6 },
      { place: 'al-safira', priority: 6 },
      { place: 'tal-rifaat', priority: 5 },
      { place: 'al-bab', priority: 5 },
      { place: 'atarib', priority: 4 },
      { place: 'darat-izza', priority: 3 },
    ],
    countryLabels: false,
    lineLabels: true,
  },
];

export const mapViews: readonly MapView[] = z.array(viewSchema).parse(VIEWS);

export function getView(id: string): MapView {
  const view = mapViews.find((v) => v.id === id);
  if (!view) throw new Error(`map view "${id}" does not exist (known: ${mapViews.map((v) => v.id).join(', ')})`);
  return view;
}

/** The id of a view's section on the page of the maps' sources (/maps/sources/), which every map of the view links to. */
export function sourcesAnchor(viewId: string): string {
  return `sources-${viewId}`;
}
