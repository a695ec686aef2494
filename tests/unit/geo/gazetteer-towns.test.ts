import { describe, expect, test } from 'vitest';
import { plainName, slugOfName, syrianTowns, type GeoNamesRecord } from '../../../src/lib/geo/gazetteer.ts';

const square = (x0: number, y0: number, x1: number, y1: number) => ({
  type: 'Polygon' as const,
  coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]],
});
const record = (cityId: number, name: string, lon: number, lat: number, country = 'SY'): GeoNamesRecord => ({ cityId, name, country, featureCode: 'PPL', population: 0, loc: { coordinates: [lon, lat] } });

describe('the gazetteer of Syrian towns', () => {
  test('names are shown without transliteration marks; ids are plain slugs', () => {
    expect(plainName('Abū az̧ Z̧uhūr')).toBe('Abu az Zuhur');
    expect(plainName('Ra’s al ‘Ayn')).toBe('Ras al Ayn');
    expect(slugOfName('Ra’s al ‘Ayn')).toBe('ras-al-ayn');
  });

  test('keeps Syrian towns only, with their governorate (the nearest for a point just outside), curated ids first, repeated names made unique', () => {
    const governorates = [
      { id: 'west-governorate', geometry: square(36, 35, 37, 36) },
      { id: 'east-governorate', geometry: square(37, 35, 38, 36) },
    ];
    const towns = syrianTowns(
      [record(1, 'Tall Abyaḑ', 36.5, 35.5), record(2, 'Tall Abyaḑ', 37.5, 35.5), record(3, 'Elsewhere', 36.5, 35.5, 'TR'), record(4, 'Ḩamāh', 37.9, 36.01), record(5, 'Edge', 36.2, 36.02)],
      governorates,
      new Map([[4, 'hama']]),
    );
    expect(towns.map((t) => [t.id, t.name, t.governorate])).toEqual([
      ['edge', 'Edge', 'west-governorate'],
      ['hama', 'Hamah', 'east-governorate'],
      ['tall-abyad-east', 'Tall Abyad', 'east-governorate'],
      ['tall-abyad-west', 'Tall Abyad', 'west-governorate'],
    ]);
    expect(towns.find((t) => t.id === 'hama')?.geonamesName).toBe('Ḩamāh');
  });
});
