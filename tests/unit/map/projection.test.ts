import { expect, test } from 'vitest';
import { fitProjection, pixelsPerKm } from '../../../src/lib/map/projection.ts';
import type { Feature, Polygon } from 'geojson';

// A rectangle roughly the size of Syria.
const box: Feature<Polygon> = {
  type: 'Feature', properties: {},
  geometry: { type: 'Polygon', coordinates: [[[35.6, 32.3], [35.6, 37.3], [42.4, 37.3], [42.4, 32.3], [35.6, 32.3]]] },
};
const frame = { width: 600, height: 500, padding: 10 };

test('fits the focus inside the frame with its padding', () => {
  const p = fitProjection(box, frame);
  for (const corner of box.geometry.coordinates[0]!) {
    const [x, y] = p(corner as [number, number])!;
    expect(x).toBeGreaterThanOrEqual(frame.padding - 0.5);
    expect(x).toBeLessThanOrEqual(frame.width - frame.padding + 0.5);
    expect(y).toBeGreaterThanOrEqual(frame.padding - 0.5);
    expect(y).toBeLessThanOrEqual(frame.height - frame.padding + 0.5);
  }
});

test('north is up and east is right', () => {
  const p = fitProjection(box, frame);
  const [dx] = p([42, 35])!; const [wx] = p([36, 35])!;
  const [, ny] = p([39, 37])!; const [, sy] = p([39, 33])!;
  expect(dx).toBeGreaterThan(wx);
  expect(ny).toBeLessThan(sy);
});

test('scale: Damascus–Aleppo (about 310 km) measures consistently', () => {
  const p = fitProjection(box, frame);
  const k = pixelsPerKm(p, frame);
  const [x1, y1] = p([36.2765, 33.5102])!; const [x2, y2] = p([37.1612, 36.2021])!;
  const km = Math.hypot(x2 - x1, y2 - y1) / k;
  expect(km).toBeGreaterThan(300);
  expect(km).toBeLessThan(320);
});
