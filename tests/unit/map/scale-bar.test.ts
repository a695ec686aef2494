import { expect, test } from 'vitest';
import { scaleBar } from '../../../src/lib/map/scale-bar.ts';

test('picks the longest nice length that fits', () => {
  expect(scaleBar(1, 120)).toEqual({ km: 100, width: 100, label: '100 km' });
  expect(scaleBar(0.5, 120)).toEqual({ km: 200, width: 100, label: '200 km' });
  expect(scaleBar(2, 120)).toEqual({ km: 50, width: 100, label: '50 km' });
  expect(scaleBar(10, 120).km).toBe(10);
});
test('rejects nonsense', () => {
  expect(() => scaleBar(0, 100)).toThrow(RangeError);
});
