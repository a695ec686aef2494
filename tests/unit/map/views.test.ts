import { readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  test("map.css gives each view its frame's aspect ratio (a class: the CSP allows no style attribute)", () => {
    const css = readFileSync(join(import.meta.dirname, '../../../src/styles/map.css'), 'utf8');
    for (const v of mapViews) {
      expect(css, v.id).toContain(`.fm[data-view='${v.id}'] { --fm-aspect: calc(${v.frame.width} / ${v.frame.height}); }`);
    }
  });

  test('an unknown view is a clear error', () => {
    expect(() => getView('golan')).toThrow(/map view "golan" does not exist \(known: syria, corridor, aleppo\)/);
  });
});
