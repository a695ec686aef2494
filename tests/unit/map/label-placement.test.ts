import { describe, expect, test } from 'vitest';
import { boxesOverlap, placeLabels, type LabelRequest } from '../../../src/lib/map/label-placement.ts';

const frame = { width: 400, height: 300 };
const label = (id: string, x: number, y: number, priority = 1): LabelRequest => ({ id, x, y, text: id, priority, fontSize: 12 });

describe('placeLabels', () => {
  test('places an isolated label to the right of its marker', () => {
    const [placed] = placeLabels([label('Hama', 100, 100)], frame);
    expect(placed).toMatchObject({ id: 'Hama', anchor: 'start' });
    expect(placed!.x).toBeGreaterThan(100);
  });

  test('no two placed labels overlap, and none leaves the frame', () => {
    const crowd = Array.from({ length: 40 }, (_, i) => label(`Town${i}`, 50 + (i % 8) * 35, 40 + Math.floor(i / 8) * 30, i % 3));
    const placed = placeLabels(crowd, frame);
    expect(placed.length).toBeGreaterThan(10);
    for (const a of placed) {
      expect(a.box.x0).toBeGreaterThanOrEqual(0);
      expect(a.box.x1).toBeLessThanOrEqual(frame.width);
      for (const b of placed) if (a !== b) expect(boxesOverlap(a.box, b.box)).toBe(false);
    }
  });

  test('a higher-priority label wins a contested spot', () => {
    const placed = placeLabels([label('Minor', 200, 100, 1), label('Major', 203, 102, 5)], { width: 230, height: 110 });
    expect(placed.map((p) => p.id)).toContain('Major');
  });

  test('flips to the left near the right edge', () => {
    const [placed] = placeLabels([label('Aleppo', 390, 150)], frame);
    expect(placed!.anchor).toBe('end');
  });

  test('is deterministic', () => {
    const input = [label('A', 10, 10), label('B', 12, 12), label('C', 14, 14)];
    expect(placeLabels(input, frame)).toEqual(placeLabels([...input].reverse(), frame));
  });
});
