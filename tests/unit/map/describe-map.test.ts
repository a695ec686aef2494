import { describe, expect, test } from 'vitest';
import { dateList, dateRange, describeMap, markerLabel } from '../../../src/lib/map/describe-map.ts';
import { mapModel } from '../../../src/lib/map/map-model.ts';
import { getView } from '../../../src/lib/map/views.ts';
import { data } from './map-fixture.ts';

const { controllers } = data.control;
const syria = mapModel(data, getView('syria'));
const described = describeMap(syria, { controllers });
// The labels of content/control/controllers.json, as readers see them.
const HTS = 'HTS-led Military Operations Command and allies';
const GOV = 'Government forces';
const layerOf = (date: string) => syria.layers.find((l) => l.date === date)!;

describe('describeMap', () => {
  test("lists Hama's change through the contested days to 5 December, Aleppo's through 29 November, Damascus's on 8 December", () => {
    const texts = described.changes.map((c) => c.text);
    expect(texts).toContain(`Hama: ${GOV} → contested, 3 Dec`);
    expect(texts).toContain(`Hama: contested → ${HTS}, 5 Dec`);
    expect(texts).toContain(`Aleppo: ${GOV} → contested, 29 Nov`);
    expect(texts).toContain(`Aleppo: contested → ${HTS}, 30 Nov`);
    expect(texts).toContain(`Damascus: ${GOV} → ${HTS}, 8 Dec`);
    // Hama stays contested on 4 December (no new report): no change that day.
    expect(described.changes.filter((c) => c.place === 'hama').map((c) => c.date)).toEqual(['2024-12-03', '2024-12-05']);
  });

  test('the <desc> of the latest date states the key cities and the changes since the first date', () => {
    const last = described.dates.at(-1)!;
    expect(last.title).toBe('Control of Syria, 8 December 2024');
    expect(last.desc).toMatch(/^Approximate areas of control on 8 December 2024 \(Damascus falls; Assad flees\)/);
    expect(last.desc).toContain(`Hama: ${HTS};`);
    // Sources disagree on Damascus (allies both reported in it): drawn for HTS, the other report named.
    expect(last.desc).toContain(`Damascus: ${HTS} (disputed: another report names Southern factions (Daraa and Suwayda));`);
    expect(last.desc).toContain('Deir ez-Zor: Kurdish-led SDF.');
    expect(last.desc).toMatch(new RegExp(`Changes since 26 Nov: .*Hama: contested → ${HTS}, 5 Dec.*Damascus: ${GOV} → ${HTS}, 8 Dec`));
    // Before Damascus fell: the government still held it.
    const dec5 = described.dates.find((d) => d.date === '2024-12-05')!;
    expect(dec5.title).toBe('Control of Syria, 5 December 2024');
    expect(dec5.desc).toContain(`Hama: ${HTS};`);
    expect(dec5.desc).toContain(`Damascus: ${GOV};`);
    expect(dec5.desc).not.toContain('Damascus: Government forces →');
  });

  test("the live status of a date names that day's changes only", () => {
    const dec5 = described.dates.find((d) => d.date === '2024-12-05')!;
    expect(dec5.status).toMatch(new RegExp(`^5 December 2024: Hama captured\\. .*Hama: contested → ${HTS}`));
    expect(dec5.status).not.toContain('Aleppo');
    const dec4 = described.dates.find((d) => d.date === '2024-12-04')!;
    expect(dec4.status).toMatch(/^4 December 2024: Battle for Hama\. /);
    expect(dec4.status).not.toContain('Hama:');
    const dec2 = described.dates.find((d) => d.date === '2024-12-02')!;
    expect(dec2.status).toBe('2 December 2024: Counter-attacks north of Hama. No change reported for the places on this map.');
  });

  test('the table has the key cities first and a column per date, contested shown as such', () => {
    const { table } = described;
    expect(table.dates.map((d) => d.short)).toEqual(['26 Nov', '27 Nov', '28 Nov', '29 Nov', '30 Nov', '1 Dec', '2 Dec', '3 Dec', '4 Dec', '5 Dec', '6 Dec', '7 Dec', '8 Dec']);
    const names = table.rows.map((r) => r.name);
    expect(names.slice(0, 2).sort()).toEqual(['Aleppo', 'Damascus']);
    for (const city of ['Aleppo', 'Damascus', 'Hama', 'Homs', 'Idlib']) expect(names).toContain(city);
    const aleppo = table.rows.find((r) => r.place === 'aleppo')!;
    expect(aleppo.cells.map((c) => c.category)).toEqual([
      ...Array<string>(3).fill('syrian-government'),
      'contested',
      ...Array<string>(9).fill('hts'),
    ]);
    expect(aleppo.cells[3]!.text).toBe(`Contested: ${HTS} / ${GOV}`);
    const hama = table.rows.find((r) => r.place === 'hama')!;
    expect(hama.cells.map((c) => c.category)).toEqual([
      ...Array<string>(7).fill('syrian-government'),
      'contested',
      'contested',
      ...Array<string>(4).fill('hts'),
    ]);
    expect(hama.cells[7]).toEqual({ category: 'contested', text: `Contested: ${HTS} / ${GOV}`, carriedForward: false });
    expect(hama.cells[8]).toEqual({ category: 'contested', text: `Contested: ${HTS} / ${GOV}`, carriedForward: true });
    expect(hama.cells[9]).toEqual({ category: 'hts', text: HTS, carriedForward: false });
    expect(hama.cells.at(-1)).toEqual({ category: 'hts', text: HTS, carriedForward: true });
    expect(hama.cells[1]).toEqual({ category: 'syrian-government', text: GOV, carriedForward: true });
  });

  test('places first reported after a date say so in the table', () => {
    const firstSeen = described.table.rows.find((r) => r.cells[0]!.category === null);
    if (firstSeen) expect(firstSeen.cells[0]!.text).toBe('No report');
  });

  test('a highlight map is described as that controller\'s areas', () => {
    const d = describeMap(syria, { controllers, highlight: 'sdf' });
    const held = (desc: string) => /Kurdish-led SDF: ([^.]*)\./.exec(desc)?.[1]?.split('; ') ?? [];
    expect(d.dates.at(-1)!.title).toBe('Areas held by Kurdish-led SDF in Syria, 8 December 2024');
    const dec8 = held(d.dates.at(-1)!.desc);
    expect(dec8).toEqual(expect.arrayContaining(['Qamishli', 'Raqqa', 'Deir ez-Zor']));
    // Tal Rifaat went to the SNA on 1 December, Manbij was contested on 8 December.
    expect(dec8).not.toContain('Tal Rifaat');
    expect(dec8).not.toContain('Manbij');
    expect(d.dates[0]!.title).toBe('Areas held by Kurdish-led SDF in Syria, 26 November 2024');
    const nov26 = held(d.dates[0]!.desc);
    expect(nov26).toEqual(expect.arrayContaining(['Qamishli', 'Raqqa', 'Tal Rifaat', 'Manbij', 'Sheikh Maqsoud']));
    expect(nov26).not.toContain('Deir ez-Zor');
  });

  test('marker names say who held a town and since when', () => {
    const last = syria.layers.at(-1)!;
    expect(markerLabel('Hama', last.states.get('hama'), controllers, last.date)).toBe(`Hama: ${HTS} since 5 Dec`);
    const nov29 = layerOf('2024-11-29');
    expect(markerLabel('Aleppo', nov29.states.get('aleppo'), controllers, nov29.date)).toBe(`Aleppo: contested (${HTS} / ${GOV}) since 29 Nov`);
    const dec4 = layerOf('2024-12-04');
    expect(markerLabel('Hama', dec4.states.get('hama'), controllers, dec4.date)).toBe(`Hama: contested (${HTS} / ${GOV}) since 3 Dec`);
    expect(markerLabel('Nowhere', undefined, controllers, '2024-11-26')).toBe('Nowhere: no report by 26 Nov');
  });

  test('date ranges read naturally', () => {
    expect(described.range).toBe('26 November – 8 December 2024');
    expect(dateRange(['2024-12-05'])).toBe('5 December 2024');
    expect(dateRange(['2024-12-30', '2025-01-02'])).toBe('30 December 2024 – 2 January 2025');
    expect(dateRange([])).toBe('');
    expect(dateList(['2024-11-26', '2024-12-05'])).toBe('26 November and 5 December 2024');
    expect(dateList(['2024-11-26', '2024-11-30', '2024-12-05'])).toBe('26 November, 30 November and 5 December 2024');
    expect(dateList(['2024-12-05'])).toBe('5 December 2024');
  });
});

test('the table of the map of Syria also lists the towns whose markers only the closer maps show', () => {
  const hidden = syria.inFrame.filter((p) => !syria.places.some((q) => q.id === p.id)).map((p) => p.id);
  expect(hidden).toContain('sheikh-maqsoud');
  expect(hidden).toContain('kuweires-airbase');
  const rows = described.table.rows.map((r) => r.place);
  for (const id of hidden) expect(rows, id).toContain(id);
  expect(described.changes.map((c) => c.text)).toContain('Kuweires airbase: Government forces → Turkish-backed SNA factions, 1 Dec');
});

test('towns known only from a region-wide statement have no row and no change of their own', () => {
  // Saraqib: only the baseline of 26 Nov and a statement about Idlib governorate as a whole (30 Nov).
  const saraqib = data.control.observations.filter((o) => o.place === 'saraqib');
  expect(saraqib.length).toBeGreaterThan(0);
  expect(saraqib.every((o) => o.basis === 'region')).toBe(true);
  expect(described.table.rows.map((r) => r.place)).not.toContain('saraqib');
  expect(described.changes.map((c) => c.place)).not.toContain('saraqib');
});
