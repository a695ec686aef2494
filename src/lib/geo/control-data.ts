// Loads and checks the content the front-line maps are drawn from: the
// gazetteer (content/places.json), the control data (content/control/*.json)
// and the geodata (content/geo/*.geo.json). Every file is validated by its
// schema; errors name the file and the field ("[12].source.url: …"), and the
// files are checked against each other (every observed place is in the
// gazetteer with coordinates, every controller is defined).
import type { MultiPolygon, Polygon } from 'geojson';
import type { z } from 'zod';
import {
  controllersFileSchema,
  mapDatesFileSchema,
  observationsInputFileSchema,
  regionsFileSchema,
  sourcesFileSchema,
  type Controller,
  type MapDate,
  type NamedSource,
  type Observation,
  type ObservationInput,
  type Region,
  type SourceRecord,
  type SourceRef,
} from '../../schemas/control.ts';
import {
  countriesFileSchema,
  governoratesFileSchema,
  highwaysFileSchema,
  riversFileSchema,
  townsFileSchema,
  type CountriesFile,
  type GovernoratesFile,
  type Highway,
  type RiversFile,
} from '../../schemas/geo.ts';
import { placesFileSchema, type Place } from '../../schemas/registry.ts';
import { readJsonFile } from '../content/read-json-file.ts';
import { controlAreasFor, prepareControlGeometry, type ControlAreas, type ControlGeometry } from './control-areas.ts';
import { controlAtDate, type PlaceControl } from './control-state.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export interface ControlData {
  /** content/places.json and every Syrian town of the gazetteer (content/geo/syria-towns.json). */
  places: Place[];
  /** Ids of the places the maps draw: the gazetteer's towns and every other observed place. */
  mapped: string[];
  controllers: Controller[];
  /** Every observation with its source resolved; with the baseline once the geometry is known (withBaseline). */
  observations: Observation[];
  sources: SourceRecord[];
  regions: Region[];
  dates: MapDate[];
}

export interface GeoData {
  governorates: GovernoratesFile;
  region: CountriesFile;
  rivers: RiversFile;
  highways: Highway[];
  /** Syria's outline, from the region file. */
  syria: Polygon | MultiPolygon;
}

const readJson = <S extends z.ZodType>(root: string, file: string, schema: S): z.infer<S> =>
  readJsonFile(root, file, schema, (message) => new ContentError(message));

/** A source record and the words relied on, as pages and downloads cite it. */
export function namedSource(record: SourceRecord, quote: string | undefined): NamedSource {
  const publisher = record.via ? `${record.publisher} (${record.via})` : record.publisher;
  return {
    name: `${publisher}, “${record.title}”`,
    url: record.url,
    ...(record.published ? { published: record.published } : {}),
    ...(quote ? { quote } : {}),
    publisher: record.publisher,
    publisherKind: record.publisherKind,
    ...(record.onlyCopy ? { onlyCopy: record.onlyCopy } : {}),
  };
}

/** A region's citation resolved to its source record. */
export function regionSource(data: Pick<ControlData, 'sources'>, ref: SourceRef): NamedSource {
  const record = data.sources.find((s) => s.id === ref.ref);
  if (!record) throw new ContentError(`content/control/regions.json: source "${ref.ref}" is not in content/control/sources.json`);
  return namedSource(record, ref.quote);
}

interface RawControlData {
  places: Place[];
  controllers: Controller[];
  observations: ObservationInput[];
  sources: SourceRecord[];
  regions: Region[];
  dates: MapDate[];
}

/** Cross-file checks; returns the problems found (empty when all is well). */
export function checkControlData(data: RawControlData): string[] {
  const problems: string[] = [];
  const places = new Map(data.places.map((p) => [p.id, p]));
  const controllers = new Set(data.controllers.filter((c) => c.kind === 'actor').map((c) => c.id));
  const sources = new Map<string, SourceRecord>();
  if (!data.controllers.some((c) => c.kind === 'contested')) problems.push('content/control/controllers.json: no entry of kind "contested"');
  const ids = new Set<string>();
  for (const p of data.places) {
    if (ids.has(p.id)) problems.push(`content/places.json: id "${p.id}" appears twice`);
    ids.add(p.id);
    if (p.coordinates && p.geonameId === undefined && !p.source) problems.push(`content/places.json: "${p.id}" has hand-added coordinates without a source`);
  }
  data.sources.forEach((s, i) => {
    if (sources.has(s.id)) problems.push(`content/control/sources.json: [${i}].id: "${s.id}" appears twice`);
    sources.set(s.id, s);
  });
  const checkRef = (file: string, at: string, ref: SourceRef) => {
    if (!sources.has(ref.ref)) problems.push(`${file}: ${at}.ref: "${ref.ref}" is not in content/control/sources.json`);
  };
  data.observations.forEach((o, i) => {
    const at = `content/control/observations.json: [${i}]`;
    const place = places.get(o.place);
    if (!place) problems.push(`${at}.place: "${o.place}" is not in content/places.json or content/geo/syria-towns.json`);
    else if (!place.coordinates) problems.push(`${at}.place: "${o.place}" has no coordinates`);
    if (!controllers.has(o.controller)) problems.push(`${at}.controller: "${o.controller}" is not in content/control/controllers.json`);
    for (const c of o.contested ?? []) if (!controllers.has(c)) problems.push(`${at}.contested: "${c}" is not in content/control/controllers.json`);
    if ('ref' in o.source) {
      checkRef('content/control/observations.json', `[${i}].source`, o.source);
      if (sources.get(o.source.ref)?.publisherKind === 'party' && o.confidence !== 'claimed') {
        problems.push(`${at}.confidence: a party to the conflict's word is "claimed", not "${o.confidence}"`);
      }
    }
  });
  data.regions.forEach((r, i) => {
    if (!controllers.has(r.holder)) problems.push(`content/control/regions.json: [${i}].holder: "${r.holder}" is not in content/control/controllers.json`);
    r.sources.forEach((s, k) => checkRef('content/control/regions.json', `[${i}].sources[${k}]`, s));
  });
  return problems;
}

/** The gazetteer's towns as places; a town already in content/places.json keeps that entry. */
function mergeTowns(places: Place[], towns: ReadonlyArray<{ id: string; name: string; geonameId: number; coordinates: [number, number]; governorate: string }>): Place[] {
  const known = new Set(places.map((p) => p.id));
  const added: Place[] = towns
    .filter((t) => !known.has(t.id))
    .map((t) => ({ id: t.id, name: t.name, aliases: [], kind: 'town', coordinates: t.coordinates, geonameId: t.geonameId, governorate: t.governorate }));
  return [...places, ...added];
}

export function loadControlData(root: string): ControlData {
  const towns = readJson(root, 'content/geo/syria-towns.json', townsFileSchema).towns;
  const raw: RawControlData = {
    places: mergeTowns(readJson(root, 'content/places.json', placesFileSchema), towns),
    controllers: readJson(root, 'content/control/controllers.json', controllersFileSchema),
    observations: readJson(root, 'content/control/observations.json', observationsInputFileSchema),
    sources: readJson(root, 'content/control/sources.json', sourcesFileSchema),
    regions: readJson(root, 'content/control/regions.json', regionsFileSchema),
    dates: readJson(root, 'content/control/dates.json', mapDatesFileSchema),
  };
  const problems = checkControlData(raw);
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
  const records = new Map(raw.sources.map((s) => [s.id, s]));
  const observations: Observation[] = raw.observations.map((o) => ({
    ...o,
    source: 'ref' in o.source ? namedSource(records.get(o.source.ref)!, o.source.quote) : o.source,
  }));
  // Every Syrian place with coordinates: the gazetteer's towns, the curated places in a governorate, and whatever is observed.
  const syrian = raw.places.filter((p) => p.coordinates && p.governorate).map((p) => p.id);
  const mapped = [...new Set([...towns.map((t) => t.id), ...syrian, ...observations.map((o) => o.place)])].sort();
  return { ...raw, observations, mapped };
}

export function loadGeoData(root: string): GeoData {
  const region = readJson(root, 'content/geo/syria-region.geo.json', countriesFileSchema);
  const syria = region.features.find((f) => f.properties.id === 'syria');
  if (!syria) throw new ContentError('content/geo/syria-region.geo.json: no feature with id "syria"');
  return {
    governorates: readJson(root, 'content/geo/syria-governorates.geo.json', governoratesFileSchema),
    region,
    rivers: readJson(root, 'content/geo/rivers.geo.json', riversFileSchema),
    highways: readJson(root, 'content/geo/highways.json', highwaysFileSchema),
    syria: syria.geometry as Polygon | MultiPolygon,
  };
}

/** A schematic highway as a line through its towns' coordinates ([longitude, latitude] pairs). */
export function highwayLine(highway: Highway, places: readonly Place[]): [number, number][] {
  return highway.via.map((id) => {
    const c = places.find((p) => p.id === id)?.coordinates;
    if (!c) throw new ContentError(`content/geo/highways.json: ${highway.id}.via: "${id}" has no coordinates in content/places.json`);
    return c;
  });
}

export interface ControlMap extends ControlAreas {
  date: string;
  /** Control of each observed place on the date (controller, since when, sources). */
  places: PlaceControl[];
}

/** The first map date: the baseline every mapped town has an observation for. */
export function baselineDate(data: ControlData): string {
  const first = [...data.dates.map((d) => d.date)].sort()[0];
  if (!first) throw new ContentError('content/control/dates.json: no dates');
  return first;
}

/**
 * The control geometry of the mapped towns, and the data with a baseline
 * observation for every town that has none on the first date: its region's
 * holder, cited to the region's sources (a source that describes a whole
 * region backs every town in it).
 */
export function withBaseline(data: ControlData, geo: GeoData): { control: ControlData; geometry: ControlGeometry } {
  const coordinates = new Map(data.places.map((p) => [p.id, p.coordinates]));
  const geometry = prepareControlGeometry({
    outline: geo.syria,
    towns: data.mapped.map((place) => ({ place, coordinates: coordinates.get(place)! })),
    regions: data.regions,
    placeCoordinates: (id) => coordinates.get(id),
    riverLines: (id) => geo.rivers.features.find((f) => f.properties.id === id)?.geometry.coordinates,
  });
  const first = baselineDate(data);
  const observed = new Set(data.observations.filter((o) => o.date === first).map((o) => o.place));
  const records = new Map(data.sources.map((s) => [s.id, s]));
  const regions = new Map(data.regions.map((r) => [r.id, r]));
  const baseline: Observation[] = data.mapped
    .filter((place) => !observed.has(place))
    .map((place) => {
      const region = regions.get(geometry.compartmentOf.get(place)!)!;
      const source = region.sources[0]!;
      return {
        place,
        date: first,
        controller: region.holder,
        confidence: 'reported',
        basis: 'region',
        source: namedSource(records.get(source.ref)!, source.quote),
        note: `Baseline: the town lies in ${region.name}, which the source describes as held as a whole; no report of the town itself.`,
      };
    });
  return { control: { ...data, observations: [...data.observations, ...baseline] }, geometry };
}

/** Everything a map of one date needs: areas, front lines and the state of each place. */
export function controlMapAtDate(data: ControlData, geometry: ControlGeometry, date: string): ControlMap {
  const places = controlAtDate(data.observations, date).filter((p) => geometry.compartmentOf.has(p.place));
  const category = new Map(places.map((p) => [p.place, p.category]));
  return { date, places, ...controlAreasFor(geometry, (place) => category.get(place)) };
}
