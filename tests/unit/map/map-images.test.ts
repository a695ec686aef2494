import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { emittedFile } from '../../../src/lib/build/emitted-files.ts';
import { layerSvg, mapImages, overSvg, underSvg } from '../../../src/lib/map/map-images.ts';
import { MAP_IMAGE_STYLE, NARROW_MAX_WIDTH, SMALL_MAX_WIDTH } from '../../../src/lib/map/map-image-style.ts';
import { mapModel } from '../../../src/lib/map/map-model.ts';
import { getView, mapViews } from '../../../src/lib/map/views.ts';
import { BUDGETS } from '../../../tooling/budgets.ts';
import { data, wellFormed } from './map-fixture.ts';

const { controllers } = data.control;
const model = mapModel(data, getView('syria'));
const last = model.layers.length - 1;

describe('the image files of a map', () => {
  const parts = { under: underSvg(model), layer: layerSvg(model, last, controllers), over: overSvg(model) };

  test('are standalone SVG files of the view’s frame, each with the one shared style sheet', () => {
    for (const [name, svg] of Object.entries(parts)) {
      expect(wellFormed(svg), name).toBe('');
      expect(svg, name).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${model.width} ${model.height}" width="${model.width}" height="${model.height}"><style>`));
      expect(svg.split('<style>')[1]!.split('</style>')[0], name).toBe(MAP_IMAGE_STYLE);
      // No page-relative references: an image sees no other document.
      expect(svg, name).not.toMatch(/href="#fm-base|var\(--/);
    }
  });

  test('split the map as the inline SVG layers it: land under, the date’s areas between, borders, towns and labels over', () => {
    expect(parts.under).toContain('class="fm-sea"');
    expect(parts.under).toContain('class="fm-syria"');
    expect(parts.under).not.toContain('class="fm-area');
    expect([...parts.layer.matchAll(/class="fm-layer" data-date="([^"]+)"/g)].map((m) => m[1])).toEqual([model.layers[last]!.date]);
    expect(parts.layer).not.toContain('class="fm-sea');
    for (const part of ['fm-gov', 'fm-border', 'fm-dots', 'fm-labels fm-wide', 'fm-labels fm-narrow', 'fm-scale']) expect(parts.over).toContain(`class="${part}"`);
    expect(parts.over).not.toContain('class="fm-area');
  });

  test('define in the layer file the patterns of the areas it draws, and no other', () => {
    const fills = new Set([...parts.layer.matchAll(/fill="url\(#([^)]+)\)"/g)].map((m) => m[1]));
    const defined = new Set([...parts.layer.matchAll(/<pattern id="([^"]+)"/g)].map((m) => m[1]));
    expect(defined).toEqual(fills);
  });

  test('a highlight layer mutes the other forces', () => {
    const layer = layerSvg(model, last, controllers, 'hts');
    expect(layer).toContain('class="fm-area fm-muted"');
    expect(new Set([...layer.matchAll(/<pattern id="fm-f-([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set(['hts']));
  });

  test('the style sheet sizes labels by the width the image is drawn at, and follows the reader’s colour scheme', () => {
    expect(MAP_IMAGE_STYLE).toContain(`@media (max-width:${NARROW_MAX_WIDTH}px){.fm-wide{display:none}.fm-narrow{display:inline}`);
    expect(MAP_IMAGE_STYLE).toContain(`@media (max-width:${SMALL_MAX_WIDTH}px){`);
    expect(MAP_IMAGE_STYLE).toContain('@media (prefers-color-scheme:dark){');
    // A small multiple draws no labels, towns or roads: the small rules come last, so they win.
    expect(MAP_IMAGE_STYLE.lastIndexOf('.fm-labels')).toBeGreaterThan(MAP_IMAGE_STYLE.indexOf(`@media (max-width:${SMALL_MAX_WIDTH}px)`));
  });

  test('are registered for the build under names that carry their contents’ hash, each made once', () => {
    const images = mapImages(model, controllers);
    expect(mapImages(model, controllers)).toBe(images);
    expect(images.under).toMatch(/^_astro\/fm-syria-under\.[0-9a-f]{10}\.svg$/);
    expect(images.over).toMatch(/^_astro\/fm-syria-over\.[0-9a-f]{10}\.svg$/);
    expect(images.layer(last)).toMatch(new RegExp(`^_astro/fm-syria-${model.layers[last]!.date}\\.[0-9a-f]{10}\\.svg$`));
    expect(mapImages(model, controllers, 'hts').layer(last)).toMatch(/-hts\.[0-9a-f]{10}\.svg$/);
    expect(emittedFile(images.under)).toBe(parts.under);
    expect(emittedFile(images.layer(last))).toBe(parts.layer);
  });

  for (const view of mapViews) {
    test(`${view.id}: a map’s three files together ≤ 40 KB gzip on every date`, () => {
      const m = mapModel(data, view);
      const shared = gzipSync(underSvg(m)).length + gzipSync(overSvg(m)).length;
      m.layers.forEach((layer, i) => {
        expect(shared + gzipSync(layerSvg(m, i, controllers)).length, `${view.id} ${layer.date}`).toBeLessThanOrEqual(BUDGETS.mapSvg);
      });
    });
  }
});
