import { expect, test } from 'vitest';
import { layoutBars } from '../../../src/lib/chart/bar-layout.ts';

const toll = [
  { id: 'rebels', label: 'Rebels (HTS and allied factions)', value: 214 },
  { id: 'government', label: 'Pro-government forces', value: 137 },
  { id: 'civilians', label: 'Civilians', value: 61 },
];

test('bar widths are proportional to the values, the largest fills the width', () => {
  const { bars } = layoutBars(toll, 300);
  expect(bars[0]!.width).toBeCloseTo(300);
  expect(bars[1]!.width).toBeCloseTo((137 / 214) * 300);
  expect(bars[2]!.width).toBeCloseTo((61 / 214) * 300);
});

test('bars keep their order, stack downwards and do not overlap', () => {
  const { bars, height } = layoutBars(toll, 300);
  expect(bars.map((b) => b.id)).toEqual(['rebels', 'government', 'civilians']);
  for (let i = 1; i < bars.length; i++) expect(bars[i]!.y).toBeGreaterThanOrEqual(bars[i - 1]!.y + bars[i - 1]!.height);
  expect(bars.at(-1)!.y + bars.at(-1)!.height).toBeLessThanOrEqual(height);
});

test('values are formatted and placed inside long bars, outside short ones', () => {
  const { bars } = layoutBars([{ id: 'a', label: 'A', value: 115000 }, { id: 'b', label: 'B', value: 40 }], 300);
  expect(bars[0]).toMatchObject({ formatted: '115,000', valueInside: true });
  expect(bars[1]).toMatchObject({ formatted: '40', valueInside: false });
});

test('rejects empty or negative data', () => {
  expect(() => layoutBars([], 300)).toThrow(RangeError);
  expect(() => layoutBars([{ id: 'x', label: 'x', value: -1 }], 300)).toThrow(RangeError);
});
