import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { mapModel } from '../../../src/lib/map/map-model.ts';
import { patternId } from '../../../src/lib/map/map-patterns.ts';
import { mainSvg, THIN_VEIL } from '../../../src/lib/map/render-map-svg.ts';
import { el, escapeXml, formatNumber } from '../../../src/lib/map/svg-markup.ts';
import { getView, mapViews } from '../../../src/lib/map/views.ts';
import { BUDGETS } from '../../../tooling/budgets.ts';
import { data, wellFormed } from './map-fixture.ts';

const { controllers } = data.control;

describe('svg markup', () => {
  test('escapes text and attribute values', () => {
    expect(el('text', { 'data-x': 'a"b<c>&' }, escapeXml('</svg><script>'))).toBe('<text data-x="a&quot;b&lt;c&gt;&amp;">&lt;/svg&gt;&lt;script&gt;</text>');
  });
  test('writes numbers at one decimal, never "-0"', () => {
    expect([1, 1.25, 1.04, -0.04, 100].map(formatNumber)).toEqual(['1', '1.3', '1', '0', '100']);
    expect(() => formatNumber(Number.NaN)).toThrow(/not a finite number/);
  });
  test('leaves out false and undefined attributes', () => {
    expect(el('path', { d: 'M0 0', fill: undefined, hidden: false, focusable: true })).toBe('<path d="M0 0" focusable/>');
  });
});

describe('main map SVG', () => {
  const model = mapModel(data, getView('syria'));
  const uid = 'fm-t';
  const svg = mainSvg(model, model.layers.length - 1, 'Control of Syria, 8 December 2024', 'Damascus: Government forces → HTS-led Military Operations Command and allies & more', { uid, controllers });

  test('is well formed, with a <title> and <desc> that label it', () => {
    expect(wellFormed(svg)).toBe('');
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="fm-t-t fm-t-d"/);
    expect(svg).toContain('<title id="fm-t-t">Control of Syria, 8 December 2024</title>');
    expect(svg).toContain('<desc id="fm-t-d">Damascus: Government forces → HTS-led Military Operations Command and allies &amp; more</desc>');
  });

  test('has the viewBox of its frame and the latest date layer', () => {
    expect(svg).toContain(`viewBox="0 0 ${model.width} ${model.height}"`);
    expect([...svg.matchAll(/class="fm-layer" data-date="([^"]+)"/g)].map((m) => m[1])).toEqual(['2024-12-08']);
  });

  test('fills every area with its colour or a pattern defined in the SVG; thinly held land under one white veil', () => {
    const areas = [...svg.matchAll(/<path class="fm-area" data-c="([^"]+)" fill="([^"]+)" d=/g)];
    expect(svg.match(/class="fm-area/g)).toHaveLength(areas.length);
    expect(areas.map((a) => a[1])).toEqual(model.layers.at(-1)!.areas.map((a) => a.category));
    // The veil's fill and opacity are attributes, so downloaded files keep the tint.
    expect(THIN_VEIL).toEqual({ fill: '#ffffff', 'fill-opacity': '0.6' });
    expect(svg.match(/<path class="fm-thin" fill="#ffffff" fill-opacity="0.6" d="M/g)).toHaveLength(1);
    expect(svg.indexOf('class="fm-thin"')).toBeGreaterThan(svg.lastIndexOf('class="fm-area"'));
    expect(svg.indexOf('class="fm-thin"')).toBeLessThan(svg.indexOf('class="fm-front"'));
    for (const [, category, fill] of areas) {
      const c = controllers.find((x) => x.id === category)!;
      if (c.pattern === 'solid') expect(fill).toBe(c.colour);
      else {
        expect(fill).toBe(`url(#${patternId(uid, category!)})`);
        expect(svg).toContain(`<pattern id="${patternId(uid, category!)}"`);
      }
    }
  });

  test('defines the base geometry of its view once, used by id; or only uses it when another map defines it', () => {
    expect(svg.match(/id="fm-base-syria-u"/g)).toHaveLength(1);
    expect(svg.match(/id="fm-base-syria-o"/g)).toHaveLength(1);
    expect(svg).toContain('<use href="#fm-base-syria-u"/>');
    const user = mainSvg(model, 0, 't', 'd', { uid: 'fm-x', controllers, defineBase: false });
    expect(user).not.toContain('id="fm-base-syria-');
    expect(user).toContain('<use href="#fm-base-syria-u"/>');
    expect(user).toContain('<use href="#fm-base-syria-o"/>');
    // The same map with the base defined: exactly the base definitions more, which hold the country, its
    // neighbours and the governorates (the bulk of a map's geometry that does not change with the date).
    const own = mainSvg(model, 0, 't', 'd', { uid: 'fm-x', controllers });
    const start = own.indexOf('<path id="fm-base-syria-sy"');
    const end = own.indexOf('</defs>');
    expect(start).toBeGreaterThan(0);
    expect(own.slice(0, start) + own.slice(end)).toBe(user);
    expect(own.length - user.length).toBeGreaterThan(model.base.syria.length + model.base.neighbours.length + model.base.governorates.length);
  });

  test('draws a dot for each shown town, the front line, the highways and the scale bar', () => {
    expect(svg.match(/<circle class="fm-dot/g)).toHaveLength(model.places.length);
    expect(svg).toContain('class="fm-front"');
    expect(svg).toContain('class="fm-road" data-id="m5"');
    expect(svg).toMatch(/class="fm-scale"[^]*?>\d+ km<\/text>/);
  });

  test('a town the sources disagree on gets a ring in its date layer, at its marker', () => {
    const layer = model.layers.at(-1)!;
    const disputed = model.places.filter((p) => layer.states.get(p.id)?.disputed);
    expect(disputed.map((p) => p.id)).toContain('damascus');
    const rings = [...svg.matchAll(/<circle class="fm-disputed" cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(rings).toEqual(disputed.map((p) => [Number(formatNumber(p.x)), Number(formatNumber(p.y))]));
    // Inside the layer group, so it changes with the date.
    const group = svg.slice(svg.indexOf('class="fm-layer"'), svg.indexOf('</g>', svg.indexOf('class="fm-layer"')));
    expect(group).toContain('class="fm-disputed"');
  });

  test('a highlight map draws the other forces muted and defines only its own pattern', () => {
    const h = mainSvg(model, model.layers.length - 1, 't', 'd', { uid, controllers, highlight: 'hts' });
    expect(h).toContain('<path class="fm-area" data-c="hts" fill="url(#fm-t-f-hts)"');
    expect(h).toContain('<path class="fm-area fm-muted" data-c="syrian-government" d=');
    expect(h).toContain('<path class="fm-thin" fill="#ffffff" fill-opacity="0.6" d=');
    expect(h.match(/<pattern /g)).toHaveLength(1);
  });

  test('refuses a date it does not have', () => {
    expect(() => mainSvg(model, 99, 't', 'd', { uid, controllers })).toThrow(/no date number 99/);
  });
});

describe('size budget: each map SVG ≤ 40 KB gzip, on every date', () => {
  for (const view of mapViews) {
    test(view.id, () => {
      const model = mapModel(data, view);
      const options = { uid: `fm-${view.id}`, controllers };
      model.layers.forEach((layer, i) => {
        const main = mainSvg(model, i, 'Control of …', 'A description of some length. '.repeat(20), options);
        expect(gzipSync(main).length, `${view.id} ${layer.date} main`).toBeLessThanOrEqual(BUDGETS.mapSvg);
      });
    });
  }
});
