import { describe, expect, test } from 'vitest';
import { describeMap } from '../../../src/lib/map/describe-map.ts';
import { clientMapData, scriptJson } from '../../../src/lib/map/map-client-data.ts';
import { mapModel } from '../../../src/lib/map/map-model.ts';
import { getView } from '../../../src/lib/map/views.ts';
import { articles, data } from './map-fixture.ts';

const { controllers } = data.control;
const model = mapModel(data, getView('corridor'));
const client = clientMapData(model, describeMap(model, { controllers }), controllers, articles, (p) => `/base${p}`);

describe('client map data', () => {
  test('has a state per shown place and date, and a marker name per date', () => {
    expect(client.places.map((p) => p.id)).toEqual(model.places.map((p) => p.id));
    for (const p of client.places) {
      expect(p.states).toHaveLength(model.layers.length);
      expect(p.labels).toHaveLength(model.layers.length);
    }
    const hama = client.places.find((p) => p.id === 'hama')!;
    const at = (date: string) => model.layers.findIndex((l) => l.date === date);
    expect(hama.labels[at('2024-12-05')]).toBe('Hama: HTS-led Military Operations Command and allies since 5 Dec');
    expect(hama.states[at('2024-12-05')]).toMatchObject({ c: 'hts', s: '5 Dec', a: '5 Dec', f: false });
    // 8 December: no new report on Hama, the one of 5 December carried forward.
    expect(hama.labels.at(-1)).toBe('Hama: HTS-led Military Operations Command and allies since 5 Dec');
    expect(hama.states.at(-1)).toMatchObject({ c: 'hts', s: '5 Dec', a: '5 Dec', f: true });
    expect(hama.states[at('2024-12-04')]).toMatchObject({ c: 'contested', s: '3 Dec', a: '3 Dec', f: true, x: ['HTS-led Military Operations Command and allies', 'Government forces'] });
    expect(hama.states[at('2024-12-05')]!.d).toBeUndefined();
    // Sources disagree on Qalaat al-Madiq on 2 December: flagged for the tooltip.
    const madiq = client.places.find((p) => p.id === 'qalaat-al-madiq')!;
    expect(madiq.states[at('2024-12-02')]).toMatchObject({ c: 'syrian-government', d: true });
    expect(hama.labels[at('2024-12-04')]).toBe('Hama: contested (HTS-led Military Operations Command and allies / Government forces) since 3 Dec');
    expect(client.labels['contested']).toBe('Contested (fighting reported)');
    expect(client.labels['hts']).toBe('HTS-led Military Operations Command and allies');
  });

  test('every state points at sources that exist, with their words; seed paragraphs link under the base', () => {
    for (const p of client.places) {
      for (const s of p.states) {
        if (!s) continue;
        expect(s.o.length).toBeGreaterThan(0);
        for (const [, k] of s.o) expect(client.sources[k], `${p.id}: source ${k}`).toBeDefined();
      }
    }
    const hamaSource = client.sources[client.places.find((p) => p.id === 'hama')!.states.at(-1)!.o[0]![1]]!;
    expect(hamaSource.h).toBe('/base/articles/syria-islamist-rebels-eye-more-gains-after-seizing-hama/#p1');
    expect(hamaSource.q).toMatch(/Hama/);
    expect(client.sources.filter((s) => s.h.startsWith('http')).length).toBeGreaterThan(0);
  });

  test('lists each source once', () => {
    const keys = client.sources.map((s) => s.h);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('the JSON cannot close its <script> element', () => {
    const text = scriptJson({ q: '</script><script>alert(1)</script>', s: '\u2028' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ q: '</script><script>alert(1)</script>', s: '\u2028' });
  });
});
