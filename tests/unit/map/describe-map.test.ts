import { describe, expect, test } from 'vitest';
import { dateList, dateRange, describeMap, markerLabel } from '../../../src/lib/map/describe-map.ts';
import { mapModel } from '../../../src/lib/map/map-model.ts';
import { getView } from '../../../src/lib/map/views.ts';
import { data } from './map-fixture.ts';

const { controllers } = data.control;
const syria = mapModel(data, getView('syria'));
const described = describeMap(syria, { controllers });

describe('describeMap', () => {
  test("lists Hama's change on 5 December, and Aleppo's through the contested day", () => {
    const texts = described.changes.map((c) => c.text);
    expect(texts).toContain('Hama: Government forces → HTS-led rebels, 5 Dec');
    expect(texts).toContain('Aleppo: Government forces → contested, 29 Nov');
    expect(texts).toContain('Aleppo: contested → HTS-led rebels, 30 Nov');
  });

  test('the <desc> of the latest date states the key cities and the changes since the first date', () => {
    const last = described.dates.at(-1)!;
    expect(last.title).toBe('Control of Syria, 5 December 2024');
    expect(last.desc).toContain('Hama: HTS-led rebels');
    expect(last.desc).toContain('Damascus: Government forces');
    expect(last.desc).toMatch(/Changes since 26 Nov: .*Hama: Government forces → HTS-led rebels, 5 Dec/);
    expect(last.desc).toContain('approximate'.replace(/^a/, 'A'));
  });

  test("the live status of a date names that day's changes only", () => {
    const dec5 = described.dates.find((d) => d.date === '2024-12-05')!;
    expect(dec5.status).toMatch(/^5 December 2024: Hama captured\. .*Hama: Government forces → HTS-led rebels/);
    expect(dec5.status).not.toContain('Aleppo');
    const dec4 = described.dates.find((d) => d.date === '2024-12-04')!;
    expect(dec4.status).toContain('No change reported');
  });

  test('the table has the key cities first and a column per date, contested shown as such', () => {
    const { table } = described;
    expect(table.dates.map((d) => d.short)).toEqual(['26 Nov', '29 Nov', '30 Nov', '1 Dec', '3 Dec', '4 Dec', '5 Dec']);
    const names = table.rows.map((r) => r.name);
    expect(names.slice(0, 2).sort()).toEqual(['Aleppo', 'Damascus']);
    for (const city of ['Aleppo', 'Damascus', 'Hama', 'Homs', 'Idlib']) expect(names).toContain(city);
    const aleppo = table.rows.find((r) => r.place === 'aleppo')!;
    expect(aleppo.cells.map((c) => c.category)).toEqual(['syrian-government', 'contested', 'hts', 'hts', 'hts', 'hts', 'hts']);
    expect(aleppo.cells[1]!.text).toBe('Contested: HTS-led rebels / Government forces');
    const hama = table.rows.find((r) => r.place === 'hama')!;
    expect(hama.cells.at(-1)).toEqual({ category: 'hts', text: 'HTS-led rebels', carriedForward: false });
    expect(hama.cells[1]).toEqual({ category: 'syrian-government', text: 'Government forces', carriedForward: true });
  });

  test('places first reported after a date say so in the table', () => {
    const firstSeen = described.table.rows.find((r) => r.cells[0]!.category === null);
    if (firstSeen) expect(firstSeen.cells[0]!.text).toBe('No report');
  });

  test('a highlight map is described as that controller\'s areas', () => {
    const d = describeMap(syria, { controllers, highlight: 'sdf' });
    expect(d.dates.at(-1)!.title).toBe('Areas held by Kurdish-led SDF in Syria, 5 December 2024');
    expect(d.dates.at(-1)!.desc).toContain('Kurdish-led SDF: ');
    expect(d.dates.at(-1)!.desc).toContain('Qamishli');
  });

  test('marker names say who held a town and since when', () => {
    const last = syria.layers.at(-1)!;
    expect(markerLabel('Hama', last.states.get('hama'), controllers, last.date)).toBe('Hama: HTS-led rebels since 5 Dec');
    expect(markerLabel('Aleppo', syria.layers[1]!.states.get('aleppo'), controllers, syria.layers[1]!.date)).toBe(
      'Aleppo: contested (HTS-led rebels / Government forces) since 29 Nov',
    );
    expect(markerLabel('Nowhere', undefined, controllers, '2024-11-26')).toBe('Nowhere: no report by 26 Nov');
  });

  test('date ranges read naturally', () => {
    expect(described.range).toBe('26 November – 5 December 2024');
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
  const rows = described.table.rows.map((r) => r.place);
  for (const id of hidden) expect(rows, id).toContain(id);
  expect(described.changes.map((c) => c.text)).toContain('Saraqib: Government forces → HTS-led rebels, 29 Nov');
});
