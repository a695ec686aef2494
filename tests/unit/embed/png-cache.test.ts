import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cachedPng, pngCacheKey } from '../../../src/lib/embed/png-cache.ts';
import { PNG_SCALE } from '../../../src/lib/embed/png-scale.ts';
import { rasterizePng } from '../../../src/lib/embed/rasterize-png.ts';

const dir = mkdtempSync(join(tmpdir(), 'png-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const svg = (fill: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect width="20" height="20" fill="${fill}"/></svg>`;

describe('the PNG cache', () => {
  test('a cached PNG is the same bytes as a fresh render, and is read back instead of rendered', async () => {
    const first = await cachedPng(svg('#d55e00'), { dir });
    expect(first).toEqual((await rasterizePng(svg('#d55e00'))).png);
    expect(readdirSync(dir)).toEqual([`${pngCacheKey(svg('#d55e00'), PNG_SCALE)}.png`]);
    // Replace the cached file: the next call returns it, proving nothing was rendered.
    const [file] = readdirSync(dir);
    writeFileSync(join(dir, file!), 'cached');
    expect(Buffer.from(await cachedPng(svg('#d55e00'), { dir })).toString()).toBe('cached');
  });

  test('another SVG or scale is another entry', async () => {
    expect(pngCacheKey(svg('#d55e00'), 2)).not.toBe(pngCacheKey(svg('#009e73'), 2));
    expect(pngCacheKey(svg('#d55e00'), 2)).not.toBe(pngCacheKey(svg('#d55e00'), 1));
  });
});
