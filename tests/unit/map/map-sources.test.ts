import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { allSources } from '../../../src/lib/map/all-sources.ts';
import { mapModel } from '../../../src/lib/map/map-model.ts';
import { mapSources, shownObservations, sourceRef } from '../../../src/lib/map/map-sources.ts';
import { getView } from '../../../src/lib/map/views.ts';
import { articles, data, ROOT } from './map-fixture.ts';

describe('sources of a map', () => {
  const model = mapModel(data, getView('aleppo'));
  const groups = mapSources(model, data.control, data.geo, articles);

  test('come under the three headings, in order', () => {
    expect(groups.map((g) => g.heading)).toEqual(['Reports in our articles', 'Other published sources', 'Regions and roads']);
  });

  test('cover every observation behind a shown place and date, each source once under its heading', () => {
    const keys = groups.flatMap((g) => g.sources.map((s) => s.key));
    for (const g of groups) expect(new Set(g.sources.map((s) => s.key)).size, g.heading).toBe(g.sources.length);
    const observed = shownObservations(model).map((o) => sourceRef(o.source, articles).key);
    for (const key of observed) expect(keys).toContain(key);
    // No source is listed twice, even one that backs both a shown place and a region (the baseline
    // of 26 Nov cites the regions' sources): it stays under the place's heading.
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('seed paragraphs link to the paragraph on our article page; named sources to their address', () => {
    const internal = groups.find((g) => g.heading === 'Reports in our articles')!.sources;
    for (const s of internal) expect(s.href).toMatch(/^\/articles\/[a-z0-9-]+\/#p\d+$/);
    const named = groups.find((g) => g.heading === 'Other published sources')!.sources;
    for (const s of named) expect(s.href).toMatch(/^https?:\/\//);
  });

  test('include the sources of every region (each bounds the areas on every view) and of the highways shown', () => {
    // Recomputed from the files: content/control/regions.json cites content/control/sources.json by id.
    const records = JSON.parse(readFileSync(path.join(ROOT, 'content/control/sources.json'), 'utf8')) as { id: string; url: string }[];
    const regions = JSON.parse(readFileSync(path.join(ROOT, 'content/control/regions.json'), 'utf8')) as { id: string; sources: { ref: string }[] }[];
    const regionUrls = regions.flatMap((r) => r.sources.map((s) => records.find((x) => x.id === s.ref)!.url));
    const roadUrls = data.geo.highways.filter((h) => model.base.highways.some((b) => b.id === h.id)).flatMap((h) => h.sources.map((s) => sourceRef(s, articles).href));
    expect(model.base.highways.map((h) => h.id).sort()).toEqual(['m4', 'm5']);
    for (const view of ['aleppo', 'syria']) {
      const all = mapSources(mapModel(data, getView(view)), data.control, data.geo, articles);
      const features = all.find((g) => g.heading === 'Regions and roads')!.sources.map((s) => s.href);
      const above = new Set(all.filter((g) => g.heading !== 'Regions and roads').flatMap((g) => g.sources.map((s) => s.href)));
      // Every region's and road's source is listed: here, or above where it also backs a shown place.
      for (const url of [...regionUrls, ...roadUrls]) expect(features.includes(url) || above.has(url), `${view}: ${url}`).toBe(true);
      expect(features.some((u) => u.includes('M5_Motorway')), view).toBe(true);
      // The al-Tanf deconfliction zone is a region now (content/control/zones.json is gone).
      expect(features.includes('https://www.globalsecurity.org/military/facility/tanf.htm') || above.has('https://www.globalsecurity.org/military/facility/tanf.htm'), view).toBe(true);
    }
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
