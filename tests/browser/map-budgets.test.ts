// Size budgets of the maps, measured on the built site (dist/, built by the
// browser project's global setup): each map of /maps/, its image files
// together (src/lib/map/map-images.ts), ≤ 40 KB gzip, and so every file; the
// map's browser script (with every chunk it imports) ≤ 12 KB gzip. Bytes, not times.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { BUDGETS } from '../../tooling/budgets.ts';
import { mapScript } from '../../tooling/perf/map-script.ts';
import { gzipSize } from '../../tooling/perf/page-weight.ts';


const dist = () => inject('distDir');
const page = async (path: string) => readFile(join(dist(), path, 'index.html'), 'utf8');

describe('map budgets', () => {
  test('each map on /maps/, its image files together, is at most 40 KB gzip', async () => {
    const html = await page('maps');
    const maps = [...html.matchAll(/<div class="fm-map[^"]*"[^>]*>([^]*?)<\/div>/g)].map((m) => [...m[1]!.matchAll(/<img [^>]*src="([^"]+)"/g)].map((i) => i[1]!));
    expect(maps.filter((parts) => parts.length === 3).length, 'three stacked files per map').toBe(maps.length);
    expect(maps.length, 'a main map per view and its small multiples').toBeGreaterThan(3);
    const base = process.env['BASE_PATH'] ?? '/';
    for (const parts of maps) {
      const bytes = (await Promise.all(parts.map(async (src) => gzipSize(await readFile(join(dist(), src.slice(base.endsWith('/') ? base.length : base.length + 1))))))).reduce((a, b) => a + b, 0);
      expect(bytes, `${parts.join(' + ')}: ${bytes} bytes gzip`).toBeLessThanOrEqual(BUDGETS.mapSvg);
    }
  });

  test('every map image file of the build is at most 40 KB gzip', async () => {
    const files = (await readdir(join(dist(), '_astro'))).filter((f) => /^fm-.*\.svg$/.test(f));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const bytes = gzipSize(await readFile(join(dist(), '_astro', file)));
      expect(bytes, `${file}: ${bytes} bytes gzip`).toBeLessThanOrEqual(BUDGETS.mapSvg);
    }
  });

  test('the map script, written into the page, is at most 12 KB gzip and imports nothing', async () => {
    const html = await page('maps');
    const script = mapScript(html);
    expect(script, 'the script that defines <frontline-map>, inline in /maps/').toBeDefined();
    expect(script!, 'no import: nothing to fetch before the first paint').not.toMatch(/\bimport\s*[("'{*]|\bfrom\s*["']/);
    const bytes = gzipSize(script!);
    expect(bytes, `${bytes} bytes gzip`).toBeLessThanOrEqual(BUDGETS.mapScript);
  });

  test('pages without a map carry no map script', async () => {
    expect(mapScript(await page('methodology'))).toBeUndefined();
  });
});
