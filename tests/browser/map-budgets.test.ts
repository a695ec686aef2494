// Size budgets of the maps, measured on the built site (dist/, built by the
// browser project's global setup): each map SVG ≤ 40 KB gzip, the map's
// browser script (with every chunk it imports) ≤ 12 KB gzip. Bytes, not times.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { BUDGETS } from '../../tooling/budgets.ts';
import { moduleGraph } from '../../tooling/perf/module-graph.ts';
import { gzipSize } from '../../tooling/perf/page-weight.ts';


const dist = () => inject('distDir');
const page = async (path: string) => readFile(join(dist(), path, 'index.html'), 'utf8');

describe('map budgets', () => {
  test('each map SVG on /maps/ is at most 40 KB gzip', async () => {
    const html = await page('maps');
    const svgs = [...html.matchAll(/<svg[^>]*class="fm-(?:svg|small-svg)"[^]*?<\/svg>/g)].map((m) => m[0]);
    const mains = svgs.filter((s) => s.includes('data-map-main'));
    expect(mains.length, 'one main SVG per view').toBe(3);
    for (const svg of svgs) {
      const id = /aria-(?:labelledby|label)="([^"]+)"/.exec(svg)?.[1] ?? '?';
      expect(gzipSize(svg), `${id}: ${gzipSize(svg)} bytes gzip`).toBeLessThanOrEqual(BUDGETS.mapSvg);
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
