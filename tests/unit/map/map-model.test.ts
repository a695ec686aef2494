import { describe, expect, test } from 'vitest';
import { controlMapAtDate, loadControlData, loadGeoData } from '../../../src/lib/geo/control-data.ts';
import { boxesOverlap } from '../../../src/lib/map/label-placement.ts';
import { mapDataFrom } from '../../../src/lib/map/map-data.ts';
import { LABEL_SIZES, mapModel } from '../../../src/lib/map/map-model.ts';
import { mainSvg } from '../../../src/lib/map/render-map-svg.ts';
import { layerSvg, overSvg, underSvg } from '../../../src/lib/map/map-images.ts';
import { getView, mapViews } from '../../../src/lib/map/views.ts';
import { data, ROOT } from './map-fixture.ts';

const dates = data.control.dates.map((d) => d.date);

describe('map model', () => {
  test('has one layer per map date, oldest first, with their captions', () => {
    const model = mapModel(data, getView('syria'));
    expect(model.layers.map((l) => l.date)).toEqual([...dates].sort());
    expect(model.layers.map((l) => l.date)).toHaveLength(13);
    expect(model.layers[0]!.label).toBe('Before the offensive');
    expect(model.layers.at(-1)!.date).toBe('2024-12-08');
    expect(model.layers.at(-1)!.label).toBe('Damascus falls; Assad flees');
    expect(model.layers.at(-1)!.label).toBe(data.control.dates.find((d) => d.date === '2024-12-08')!.label);
  });

  test('on the map of Syria every category with an area has one non-empty path on every date, and thinly held land one veil', () => {
    const model = mapModel(data, getView('syria'));
    const order = data.control.controllers.map((c) => c.id);
    for (const layer of model.layers) {
      // One path per holder (its held and thinly held land together), in the order of content/control/controllers.json.
      const expected = [...new Set(controlMapAtDate(data.control, data.geometry, layer.date).areas.map((a) => a.category))].sort((a, b) => order.indexOf(a) - order.indexOf(b));
      expect(layer.areas.map((a) => a.category), layer.date).toEqual(expected);
      for (const a of layer.areas) expect(a.d, `${layer.date} ${a.category}`).toMatch(/^M[\d.-]+ [\d.-]+/);
      expect(layer.front, layer.date).toMatch(/^M/);
      // Land far from every reported town (desert, steppe) is veiled on every date.
      expect(layer.thin, layer.date).toMatch(/^M/);
    }
  });

  test('Hama is contested on 3 and 4 December (fighting on its outskirts) and held by HTS from 5 December, in their area', () => {
    const model = mapModel(data, getView('corridor'));
    const at = (date: string) => model.layers.find((l) => l.date === date)!;
    expect(at('2024-12-02').states.get('hama')?.category).toBe('syrian-government');
    expect(at('2024-12-03').states.get('hama')).toMatchObject({ category: 'contested', controllers: ['hts', 'syrian-government'], carriedForward: false });
    expect(at('2024-12-04').states.get('hama')).toMatchObject({ category: 'contested', since: '2024-12-03', carriedForward: true });
    expect(at('2024-12-04').areas.some((a) => a.category === 'contested')).toBe(true);
    const dec5 = at('2024-12-05');
    expect(dec5.states.get('hama')).toMatchObject({ category: 'hts', since: '2024-12-05', disputed: false });
    expect(dec5.areas.some((a) => a.category === 'hts')).toBe(true);
    expect(model.layers.at(-1)!.states.get('hama')?.category).toBe('hts');
  });

  test('on 8 December Damascus is drawn for HTS, the better-sourced holder, and marked disputed (a source names the southern factions)', () => {
    const last = mapModel(data, getView('syria')).layers.at(-1)!;
    expect(last.date).toBe('2024-12-08');
    const damascus = last.states.get('damascus')!;
    expect(damascus).toMatchObject({ category: 'hts', controllers: ['hts', 'southern-factions'], disputed: true, since: '2024-12-08' });
    expect(damascus.observations.map((o) => o.controller)).toEqual(['hts', 'hts', 'southern-factions']);
  });

  test('a town known only from a region-wide statement gets no marker; a town a report names does', () => {
    const syria = mapModel(data, getView('syria'));
    const labelled = new Set(getView('syria').labels.map((l) => l.place));
    for (const p of syria.inFrame) {
      const named = syria.layers.some((l) => l.states.get(p.id)?.observations.some((o) => o.basis !== 'region'));
      expect(labelled.has(p.id) || named, p.id).toBe(true);
    }
    // Saraqib: the 26 Nov baseline and a statement about Idlib governorate as a whole; the corridor map labels it.
    expect(data.control.observations.filter((o) => o.place === 'saraqib').every((o) => o.basis === 'region')).toBe(true);
    expect(syria.inFrame.map((p) => p.id)).not.toContain('saraqib');
    expect(mapModel(data, getView('corridor')).places.map((p) => p.id)).toContain('saraqib');
    // Far more towns are mapped (and drive the areas) than get a marker.
    expect(data.control.mapped.length).toBeGreaterThan(200);
    expect(syria.inFrame.length).toBeLessThan(data.control.mapped.length / 2);
  });

  for (const view of mapViews) {
    test(`${view.id}: labels neither overlap each other nor leave the frame, at both sizes`, () => {
      const model = mapModel(data, view);
      for (const size of ['wide', 'narrow'] as const) {
        const labels = model.labels[size];
        expect(labels.length, size).toBeGreaterThan(3);
        for (const [i, a] of labels.entries()) {
          expect(a.box.x0, `${size} ${a.text}`).toBeGreaterThanOrEqual(-0.01);
          expect(a.box.y0, `${size} ${a.text}`).toBeGreaterThanOrEqual(-0.01);
          expect(a.box.x1, `${size} ${a.text}`).toBeLessThanOrEqual(model.width + 0.01);
          expect(a.box.y1, `${size} ${a.text}`).toBeLessThanOrEqual(model.height + 0.01);
          for (const b of labels.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${size}: "${a.text}" and "${b.text}"`).toBe(false);
        }
      }
    });

    test(`${view.id}: no label covers a town marker`, () => {
      const model = mapModel(data, view);
      for (const size of ['wide', 'narrow'] as const) {
        const r = LABEL_SIZES[size].markerRadius;
        for (const label of model.labels[size]) {
          for (const p of model.places) {
            const marker = { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r };
            expect(boxesOverlap(label.box, marker), `${size}: "${label.text}" over ${p.id}`).toBe(false);
          }
        }
      }
    });

    test(`${view.id}: every marker lies inside the frame`, () => {
      const model = mapModel(data, view);
      expect(model.places.length).toBeGreaterThan(5);
      for (const p of model.places) {
        expect(p.x).toBeGreaterThan(0);
        expect(p.x).toBeLessThan(model.width);
        expect(p.y).toBeGreaterThan(0);
        expect(p.y).toBeLessThan(model.height);
      }
    });
  }

  test('the map of Syria labels its key cities and shows the M5, the M4 and the Euphrates', () => {
    const model = mapModel(data, getView('syria'));
    const wide = model.labels.wide.map((l) => l.text);
    for (const city of ['Damascus', 'Aleppo', 'Hama', 'Homs', 'Idlib']) expect(wide).toContain(city);
    expect(wide).toContain('M5 (schematic)');
    expect(wide).toContain('Euphrates');
    expect(model.base.highways.map((h) => h.id).sort()).toEqual(['m4', 'm5']);
    expect(model.base.rivers.map((r) => r.id)).toContain('euphrates');
    expect(model.labels.wide.filter((l) => l.kind === 'country').map((l) => l.text)).toEqual(expect.arrayContaining(['TURKEY', 'IRAQ']));
  });

  test('the Aleppo view shows Sheikh Maqsoud, Nubl, al-Zahraa and the Kuweires airbase', () => {
    const model = mapModel(data, getView('aleppo'));
    const ids = model.places.map((p) => p.id);
    for (const id of ['aleppo', 'sheikh-maqsoud', 'nubl', 'al-zahraa', 'kuweires-airbase']) expect(ids).toContain(id);
  });

  test('the scale bar is a round distance that matches the projection', () => {
    for (const view of mapViews) {
      const { scale } = mapModel(data, view);
      expect(scale.label).toMatch(/^(1|2|5)0* km$/);
      expect(scale.width).toBeGreaterThan(20);
      expect(scale.width).toBeLessThanOrEqual(150);
    }
  });

  test('is memoised: the same view and dates give the same object', () => {
    expect(mapModel(data, getView('aleppo'))).toBe(mapModel(data, getView('aleppo')));
    expect(mapModel(data, getView('aleppo'), ['2024-11-26', '2024-12-05'])).not.toBe(mapModel(data, getView('aleppo')));
  });

  test('a subset of dates gives just those layers', () => {
    const model = mapModel(data, getView('aleppo'), ['2024-12-05', '2024-11-26']);
    expect(model.layers.map((l) => l.date)).toEqual(['2024-11-26', '2024-12-05']);
  });

  test('a date that is not a map date is refused with the file to look in', () => {
    expect(() => mapModel(data, getView('aleppo'), ['2024-12-25'])).toThrow(/2024-12-25 is not in content\/control\/dates.json/);
  });

  test('is deterministic: fresh data give byte-identical SVG', () => {
    const fresh = mapDataFrom(loadControlData(ROOT), loadGeoData(ROOT));
    for (const view of mapViews) {
      const a = mapModel(data, view);
      const b = mapModel(fresh, view);
      expect(b).not.toBe(a);
      const options = { uid: 'x', controllers: data.control.controllers };
      expect(mainSvg(b, b.layers.length - 1, 't', 'd', options)).toBe(mainSvg(a, a.layers.length - 1, 't', 'd', options));
      expect(layerSvg(b, 0, options.controllers)).toBe(layerSvg(a, 0, options.controllers));
      expect(underSvg(b) + overSvg(b)).toBe(underSvg(a) + overSvg(a));
    }
  });
});
