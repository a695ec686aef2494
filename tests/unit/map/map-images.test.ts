import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { emittedFile } from '../../../src/lib/build/emitted-files.ts';
import { layerSvg, mapImages, overSvg, underSvg } from '../../../src/lib/map/map-images.ts';
import { MAP_IMAGE_STYLES, NARROW_MAX_WIDTH, SMALL_MAX_WIDTH } from '../../../src/lib/map/map-image-style.ts';
import { mapModel } from '../../../src/lib/map/map-model.ts';
import { getView, mapViews } from '../../../src/lib/map/views.ts';
import { BUDGETS } from '../../../tooling/budgets.ts';
import { data, wellFormed } from './map-fixture.ts';

const { controllers } = data.control;
const model = mapModel(data, getView('syria'));
const last = model.layers.length - 1;

describe('the image files of a map', () => {
  const parts = { under: underSvg(model), layer: layerSvg(model, last, controllers), over: overSvg(model) };

  test('are standalone SVG files of the view’s frame, each with its part’s style sheet', () => {
    for (const [name, svg] of Object.entries(parts) as [keyof typeof parts, string][]) {
      expect(wellFormed(svg), name).toBe('');
      expect(svg, name).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${model.width} ${model.height}" width="${model.width}" height="${model.height}"><style>`));
      expect(svg.split('<style>')[1]!.split('</style>')[0], name).toBe(MAP_IMAGE_STYLES[name]);
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

  test('each part’s style sheet has the rules of every class it draws, and no rule for what it never draws', () => {
    const files: [keyof typeof MAP_IMAGE_STYLES, string][] = [...(Object.entries(parts) as [keyof typeof parts, string][]), ['layer', layerSvg(model, last, controllers, 'hts')]];
    const styled = (css: string) => new Set([...css.matchAll(/\.(fm-[a-z-]+)/g)].map((m) => m[1]!));
    const anyStyled = styled(Object.values(MAP_IMAGE_STYLES).join(''));
    const drawnBy = new Map<keyof typeof MAP_IMAGE_STYLES, Set<string>>();
    for (const [part, svg] of files) {
      const drawn = new Set([...svg.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')));
      for (const cls of drawn) if (anyStyled.has(cls)) expect(styled(MAP_IMAGE_STYLES[part]), `${part} draws .${cls}`).toContain(cls);
      drawnBy.set(part, new Set([...(drawnBy.get(part) ?? []), ...drawn]));
    }
    for (const [part, drawn] of drawnBy) for (const cls of styled(MAP_IMAGE_STYLES[part])) expect(drawn, `${part}'s sheet styles .${cls}`).toContain(cls);
  });

  test('the style sheets size labels by the width the image is drawn at, and follows the reader’s colour scheme', () => {
    const { under, layer, over } = MAP_IMAGE_STYLES;
    expect(over).toContain(`@media (max-width:${NARROW_MAX_WIDTH}px){.fm-wide{display:none}.fm-narrow{display:inline}`);
    for (const css of [layer, over]) expect(css).toContain(`@media (max-width:${SMALL_MAX_WIDTH}px){`);
    for (const css of [under, layer, over]) expect(css).toContain('@media (prefers-color-scheme:dark){');
    // A small multiple draws no labels, towns or roads: the small rules come last, so they win.
    expect(over.lastIndexOf('.fm-labels')).toBeGreaterThan(over.indexOf(`@media (max-width:${SMALL_MAX_WIDTH}px)`));
    // Its front line is drawn thicker than on a phone.
    expect(layer.indexOf(`@media (max-width:${SMALL_MAX_WIDTH}px){.fm-front{stroke-width:4}`)).toBeGreaterThan(layer.indexOf(`@media (max-width:${NARROW_MAX_WIDTH}px)`));
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
