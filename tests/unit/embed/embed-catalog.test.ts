import { describe, expect, test } from 'vitest';
import { chartEmbeds, embedRefForMap, findMapEmbed, mapEmbeds } from '../../../src/lib/embed/embed-catalog.ts';
import { loadChartCatalog } from '../../../src/lib/embed/chart-catalog.ts';
import { embedPath } from '../../../src/lib/embed/embed-routes.ts';
import { mapViews } from '../../../src/lib/map/views.ts';
import { data, ROOT } from '../map/map-fixture.ts';

const embeds = mapEmbeds(data);
const dates = data.control.dates.map((d) => d.date).sort();
const latest = dates.at(-1)!;

describe('the embed catalog', () => {
  test('every view has its latest map, every date pinned, and a map per force on its latest date', () => {
    for (const view of mapViews) {
      const own = embeds.filter((e) => e.ref.view === view.id);
      expect(own.filter((e) => !e.ref.date && !e.ref.party).map((e) => e.date)).toEqual([latest]);
      expect(own.filter((e) => e.ref.date).map((e) => e.ref.date)).toEqual(dates);
      const parties = own.filter((e) => e.ref.party);
      expect(parties.length).toBeGreaterThan(0);
      // One map per force, though a force may have both held and thinly held land.
      expect(parties.map((p) => p.ref.party), view.id).toEqual([...new Set(parties.map((p) => p.ref.party))]);
      for (const p of parties) expect(p.model.layers[p.layerIndex]!.areas.some((a) => a.category === p.ref.party)).toBe(true);
    }
    // Every force with ground on the map of Syria on 8 December; "contested" is not a force.
    expect(embeds.filter((e) => e.ref.view === 'syria' && e.ref.party).map((e) => e.ref.party)).toEqual(['syrian-government', 'hts', 'sna', 'sdf', 'southern-factions', 'us-coalition']);
    expect(findMapEmbed(embeds, { kind: 'map', view: 'syria', party: 'hts' })?.heading).toBe('Ground held by HTS-led Military Operations Command and allies in Syria');
  });

  test('pages are unique, titles fit a search result (≤ 70 characters), starting heights are sane', () => {
    const all = [...embeds, ...chartEmbeds(loadChartCatalog(ROOT))];
    expect(new Set(all.map((e) => embedPath(e.ref))).size).toBe(all.length);
    for (const e of all) {
      expect(e.docTitle.length, e.docTitle).toBeLessThanOrEqual(70);
      expect(e.height).toBeGreaterThan(300);
      expect(e.height).toBeLessThan(2000);
    }
  });

  test('a map on a page embeds as the view (latest and pinned), a party map as itself', () => {
    expect(embedRefForMap('syria', '2024-12-03', latest)).toEqual({ latest: { kind: 'map', view: 'syria' }, pinned: { kind: 'map', view: 'syria', date: '2024-12-03' } });
    const party = { kind: 'map', view: 'syria', party: 'hts' };
    expect(embedRefForMap('syria', latest, latest, 'hts')).toEqual({ latest: party, pinned: party });
  });
});
