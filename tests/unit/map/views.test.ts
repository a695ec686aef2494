import { describe, expect, test } from 'vitest';
import { getView, mapViews } from '../../../src/lib/map/views.ts';
import { data } from './map-fixture.ts';

describe('map views', () => {
  test('are the three the site needs, with distinct ids', () => {
    expect(mapViews.map((v) => v.id)).toEqual(['syria', 'corridor', 'aleppo']);
  });

  test('every labelled and focus place is in the gazetteer with coordinates', () => {
    const located = new Set(data.control.places.filter((p) => p.coordinates).map((p) => p.id));
    for (const v of mapViews) {
      const ids = [...v.labels.map((l) => l.place), ...(v.focus.kind === 'places' ? v.focus.places : [])];
      for (const id of ids) expect(located.has(id), `${v.id}: ${id}`).toBe(true);
    }
  });

  test('the corridor view is fitted to Idlib, Aleppo and Hama', () => {
    const v = getView('corridor');
    expect(v.focus).toMatchObject({ kind: 'places', places: ['idlib', 'aleppo', 'hama'] });
  });

  test('an unknown view is a clear error', () => {
    expect(() => getView('golan')).toThrow(/map view "golan" does not exist \(known: syria, corridor, aleppo\)/);
  });
});
