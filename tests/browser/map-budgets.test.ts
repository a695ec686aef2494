// Size budgets of the maps, measured on the built site (dist/, built by the
// browser project's global setup): each map of /maps/, its image files
// together (src/lib/map/map-images.ts), ≤ 40 KB gzip, and so every file; the
// map's browser script (with every chunk it imports) ≤ 12 KB gzip. Bytes, not times.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { BUDGETS } from '../../tooling/budgets.ts';
import { moduleGraph } from '../../tooling/perf/module-graph.ts';
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

  test('the map script, with what it imports, is at most 12 KB gzip', async () => {
    const html = await page('maps');
    const sources = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    const map = sources.find((s) => /FrontlineMap/.test(s));
    expect(map, `a FrontlineMap script among ${sources.join(', ')}`).toBeDefined();
    const base = process.env['BASE_PATH'] ?? '/';
    const files = await moduleGraph(join(dist(), map!.slice(base.endsWith('/') ? base.length : base.length + 1)));
    const bytes = gzipSize(Buffer.concat(await Promise.all(files.map((f) => readFile(f)))));
    expect(bytes, `${files.length} file(s), ${bytes} bytes gzip`).toBeLessThanOrEqual(BUDGETS.mapScript);
  });

  test('pages without a map load no map script', async () => {
    const html = await page('methodology');
    expect(html).not.toMatch(/FrontlineMap[^"]*\.js/);
  });
});
