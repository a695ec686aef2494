import { describe, expect, test } from 'vitest';
import { allSources } from '../../../src/lib/map/all-sources.ts';
import { mapModel } from '../../../src/lib/map/map-model.ts';
import { mapSources, shownObservations, sourceRef } from '../../../src/lib/map/map-sources.ts';
import { getView } from '../../../src/lib/map/views.ts';
import { articles, data } from './map-fixture.ts';

describe('sources of a map', () => {
  const model = mapModel(data, getView('aleppo'));
  const groups = mapSources(model, data.control, data.geo, articles);

  test('cover every observation behind a shown place and date, each source once', () => {
    const keys = groups.flatMap((g) => g.sources.map((s) => s.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const o of shownObservations(model)) expect(keys).toContain(sourceRef(o.source, articles).key);
  });

  test('seed paragraphs link to the paragraph on our article page; named sources to their address', () => {
    const internal = groups.find((g) => g.heading === 'Reports in our articles')!.sources;
    for (const s of internal) expect(s.href).toMatch(/^\/articles\/[a-z0-9-]+\/#p\d+$/);
    const named = groups.find((g) => g.heading === 'Other published sources')!.sources;
    for (const s of named) expect(s.href).toMatch(/^https?:\/\//);
  });

  test('include the highways shown, and al-Tanf only where it is on the map', () => {
    const features = groups.find((g) => g.heading === 'Zones and roads')!.sources.map((s) => s.href);
    expect(features.some((u) => u.includes('M5_Motorway'))).toBe(true);
    expect(features.some((u) => u.includes('tanf'))).toBe(false);
    const syria = mapSources(mapModel(data, getView('syria')), data.control, data.geo, articles);
    expect(syria.find((g) => g.heading === 'Zones and roads')!.sources.some((s) => s.href.includes('tanf'))).toBe(true);
  });

  test('a seed source of an unknown article is a clear error', () => {
    expect(() => sourceRef({ article: 'nope', paragraph: 'p1', quote: 'x' }, articles)).toThrow(/article "nope" is not in content\/articles/);
  });
});

describe('all sources (methodology page)', () => {
  const all = allSources(data.control, data.geo, articles);
  test('count every observation exactly once', () => {
    const total = all.articles.flatMap((a) => a.paragraphs).reduce((n, p) => n + p.count, 0) + all.named.reduce((n, s) => n + s.count, 0);
    expect(total).toBe(data.control.observations.length);
    expect(all.observations).toBe(data.control.observations.length);
  });
  test('group paragraphs by article in reading order', () => {
    for (const a of all.articles) {
      const numbers = a.paragraphs.map((p) => Number(p.paragraph.slice(1)));
      expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
    }
  });
});
