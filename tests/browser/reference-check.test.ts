// The published control areas (the downloadable GeoJSON of each date) against
// an independent reference table (tests/fixtures/geo/reference-points.json):
// at least 60 points, every governorate, at least half of them places the map
// data does not observe (villages, junctions, airbases, points in the steppe),
// each with who held it on 26 November, 5 December and 8 December 2024 and its
// sources. Agreement must be at least 95 % on each date (src/lib/geo/reference-score.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoDistance } from 'd3';
import { describe, expect, inject, test } from 'vitest';
import { loadControlData } from '../../src/lib/geo/control-data.ts';
import { scoreDate, type ReferencePoint } from '../../src/lib/geo/reference-score.ts';
import { PROJECT_ROOT } from '../../tooling/site-build.ts';

interface ReferenceFile {
  points: (ReferencePoint & { governorate: string; kind: string; sources: { url: string }[] })[];
}

const reference = JSON.parse(readFileSync(join(PROJECT_ROOT, 'tests/fixtures/geo/reference-points.json'), 'utf8')) as ReferenceFile;
const control = loadControlData(PROJECT_ROOT);
const DATES = ['2024-11-26', '2024-12-05', '2024-12-08'];
const dist = inject('distDir');

describe('the reference table', () => {
  test('has at least 60 points in every governorate, half of them not observations of the map', () => {
    expect(reference.points.length).toBeGreaterThanOrEqual(60);
    expect(new Set(reference.points.map((p) => p.governorate)).size).toBe(14);
    // "Observed" = within 1.5 km of a place the map data has an observation of (the same place).
    const observed = control.places.filter((p) => p.coordinates && control.mapped.includes(p.id)).map((p) => p.coordinates!);
    const unobserved = reference.points.filter((p) => observed.every((c) => geoDistance(c, p.coordinates) * 6371 > 1.5));
    expect(unobserved.length / reference.points.length).toBeGreaterThanOrEqual(0.5);
  });
});

describe('the published areas agree with the reference', () => {
  test.each(DATES)('%s: at least 95 % of the reference points lie in the area of their holder', (date) => {
    expect(inject('siteError')).toBe('');
    const collection = JSON.parse(readFileSync(join(dist, 'downloads', `control-areas-${date}.geo.json`), 'utf8'));
    const score = scoreDate(reference.points, date, collection);
    const wrong = score.wrong.map((w) => `${w.point}: ${w.expected}, drawn ${w.drawn ?? 'nothing'}`).join('; ');
    expect(score.scored).toBeGreaterThanOrEqual(60);
    expect(score.agreement, wrong).toBeGreaterThanOrEqual(0.95);
  });
});
