import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactPathData, shortNumber } from '../../../src/lib/map/compact-path-data.ts';

/**
 * An independent reader of SVG path data (M, L, Z in both cases, implicit
 * repeats): the absolute points of each subpath, so that two path strings can
 * be compared for the shape they draw.
 */
function subpaths(d: string): [number, number][][] {
  const tokens = d.match(/[MLZmlz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g) ?? [];
  const result: [number, number][][] = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  let command = '';
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i] as string;
    if (/[MLZmlz]/.test(t)) {
      command = t;
      i++;
      if (t === 'Z' || t === 'z') {
        [x, y] = start;
        result.push([]);
        result.at(-1)?.push(['close' as unknown as number, 0] as [number, number]);
      }
      continue;
    }
    const a = Number(tokens[i++]);
    const b = Number(tokens[i++]);
    const relative = command === 'm' || command === 'l';
    [x, y] = relative ? [x + a, y + b] : [a, b];
    if (command === 'M' || command === 'm') {
      start = [x, y];
      result.push([[x, y]]);
      command = relative ? 'l' : 'L';
    } else result.at(-1)?.push([x, y]);
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6 + 0; // + 0 turns -0 into 0
  return result.map((points) => points.map(([px, py]) => [typeof px === 'number' ? round(px) : px, round(py)]));
}

describe('shortNumber', () => {
  it('drops leading zeros and negative zero', () => {
    expect([0.5, -0.5, 2, -2, 0, -0, 1.25, 10.5].map(shortNumber)).toEqual(['.5', '-.5', '2', '-2', '0', '0', '1.25', '10.5']);
  });
});

describe('compactPathData', () => {
  it('writes geoPath output relative, with implicit commands and minimal separators', () => {
    expect(compactPathData('M28.5,191L28.5,190.5L30,190L32,189Z')).toBe('M28.5 191l0-.5 1.5-.5 2-1z');
    expect(compactPathData('M0,0L10,0L10,10ZM20,20L21,20.5L20,20Z')).toBe('M0 0l10 0 0 10zm20 20 1 .5-1-.5z');
    expect(compactPathData('M1.5,1L2,1.5')).toBe('M1.5 1l.5.5');
  });
  it('leaves other path data alone', () => {
    for (const d of ['', 'M0 0V7', 'M3.5 0V7', 'M0,0A1,1 0 1,1 0,-2', 'M0 -4V0H120V-4']) expect(compactPathData(d)).toBe(d);
  });
  it('draws exactly the same points, for any lines and rings on a half-pixel grid', () => {
    const coordinate = fc.integer({ min: -4000, max: 4000 }).map((n) => n / 2);
    const ring = fc.array(fc.tuple(coordinate, coordinate), { minLength: 1, maxLength: 30 });
    const shape = fc.array(fc.record({ points: ring, closed: fc.boolean() }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(shape, (parts) => {
        const d = parts
          .map(({ points, closed }) => points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x},${y}`).join('') + (closed ? 'Z' : ''))
          .join('');
        const compact = compactPathData(d);
        expect(subpaths(compact)).toEqual(subpaths(d));
      }),
      { numRuns: 2000 },
    );
  });
});
