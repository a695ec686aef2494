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
  observationsFileSchema,
  zonesFileSchema,
  type Controller,
  type MapDate,
  type Observation,
  type Zone,
} from '../../schemas/control.ts';
import {
  countriesFileSchema,
  governoratesFileSchema,
  highwaysFileSchema,
  riversFileSchema,
  type CountriesFile,
  type GovernoratesFile,
  type Highway,
  type RiversFile,
} from '../../schemas/geo.ts';
import { placesFileSchema, type Place } from '../../schemas/registry.ts';
import { readJsonFile } from '../content/read-json-file.ts';
import { computeControlAreas, type ControlAreas } from './control-areas.ts';
import { CONTESTED, controlAtDate, type PlaceControl } from './control-state.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export interface ControlData {
  places: Place[];
  controllers: Controller[];
  observations: Observation[];
  zones: Zone[];
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

/** Cross-file checks; returns the problems found (empty when all is well). */
export function checkControlData(data: ControlData): string[] {
  const problems: string[] = [];
  const places = new Map(data.places.map((p) => [p.id, p]));
  const controllers = new Set(data.controllers.filter((c) => c.kind === 'actor').map((c) => c.id));
  if (!data.controllers.some((c) => c.kind === 'contested')) problems.push('content/control/controllers.json: no entry of kind "contested"');
  const ids = new Set<string>();
  for (const p of data.places) {
    if (ids.has(p.id)) problems.push(`content/places.json: id "${p.id}" appears twice`);
    ids.add(p.id);
    if (p.coordinates && p.geonameId === undefined && !p.source) problems.push(`content/places.json: "${p.id}" has hand-added coordinates without a source`);
  }
  data.observations.forEach((o, i) => {
    const place = places.get(o.place);
    if (!place) problems.push(`content/control/observations.json: [${i}].place: "${o.place}" is not in content/places.json`);
    else if (!place.coordinates) problems.push(`content/control/observations.json: [${i}].place: "${o.place}" has no coordinates in content/places.json`);
    if (!controllers.has(o.controller)) problems.push(`content/control/observations.json: [${i}].controller: "${o.controller}" is not in content/control/controllers.json`);
  });
  data.zones.forEach((z, i) => {
    if (!data.observations.some((o) => o.place === z.place)) problems.push(`content/control/zones.json: [${i}].place: "${z.place}" has no observation`);
  });
  return problems;
}

export function loadControlData(root: string): ControlData {
  const data: ControlData = {
    places: readJson(root, 'content/places.json', placesFileSchema),
    controllers: readJson(root, 'content/control/controllers.json', controllersFileSchema),
    observations: readJson(root, 'content/control/observations.json', observationsFileSchema),
    zones: readJson(root, 'content/control/zones.json', zonesFileSchema),
    dates: readJson(root, 'content/control/dates.json', mapDatesFileSchema),
  };
  const problems = checkControlData(data);
  if (problems.length > 0) throw new ContentError(problems.join('\n'));
  return data;
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

/** Everything a map of one date needs: areas, front lines and the state of each place. */
export function controlMapAtDate(data: ControlData, outline: Polygon | MultiPolygon, date: string): ControlMap {
  const coordinates = new Map(data.places.map((p) => [p.id, p.coordinates]));
  const places = controlAtDate(data.observations, date);
  const sites = places.map((p) => ({ place: p.place, coordinates: coordinates.get(p.place)!, category: p.category }));
  const zones = data.zones.filter((z) => places.some((p) => p.place === z.place && p.category !== CONTESTED));
  return { date, places, ...computeControlAreas({ outline, sites, zones }) };
}
