// The downloadable images: well-formed SVG files that say what they show and
// where they come from, and PNGs rasterised from them at twice their size.
import { describe, expect, test } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { chartEmbeds, mapEmbeds } from '../../../src/lib/embed/embed-catalog.ts';
import { loadChartCatalog } from '../../../src/lib/embed/chart-catalog.ts';
import { chartEmbedImage, mapEmbedImage, pngSize } from '../../../src/lib/embed/image-files.ts';
import { rasterizePng, renderRgba } from '../../../src/lib/embed/rasterize-png.ts';
import { wrapText } from '../../../src/lib/embed/standalone-svg.ts';
import { data, ROOT, wellFormed } from '../map/map-fixture.ts';

const absolute = (path: string) => new URL(path, 'https://example.org/').href;
const embeds = mapEmbeds(data);
const dec4 = embeds.find((e) => e.ref.view === 'corridor' && e.ref.date === '2024-12-04')!;
const party = embeds.find((e) => e.ref.view === 'syria' && e.ref.party === 'hts')!;
const chart = chartEmbeds(loadChartCatalog(ROOT)).find((c) => c.ref.chart === 'toll')!;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe('map image', () => {
  const svg = mapEmbedImage(dec4, data, absolute);

  test('is a well-formed SVG document that resvg parses, with its own styles', () => {
    expect(wellFormed(svg)).toBe('');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"/);
    expect(svg).toContain('<style>');
    expect(() => new Resvg(svg)).not.toThrow();
  });

  test('prints its heading, date, key, the approximate note and the credit with the page and the data', () => {
    // Wrapped lines joined back with a space.
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(texts).toContain('Control of the Idlib–Aleppo–Hama corridor');
    expect(texts).toContain('4 December 2024: Battle for Hama');
    expect(texts).toContain('Government forces');
    expect(texts).toContain('approximate');
    expect(texts).toContain('https://example.org/maps/#fm-corridor');
    expect(texts).toContain('https://example.org/downloads/map-corridor.csv');
    expect(texts).toMatch(/GeoNames \(CC BY 4\.0/);
  });

  test('a party map keys that party and "Other forces" only', () => {
    const partySvg = mapEmbedImage(party, data, absolute);
    expect(partySvg).toContain('>HTS-led Military Operations Command and allies<');
    expect(partySvg).toContain('>Other forces<');
    expect(partySvg).not.toContain('>Kurdish-led SDF<');
  });

  test('rasterises to a palette PNG twice its size, faithful to the full-colour rendering', async () => {
    const { png, width, height } = await rasterizePng(svg);
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect({ width, height }).toEqual(pngSize(svg));
    expect(width).toBe(2 * dec4.model.width);
    // IHDR colour type 3: indexed colour.
    expect(png[25]).toBe(3);
    // Decoded, it differs from resvg's RGBA pixels by under 1 % of the range on average.
    const decoded = await sharp(png).ensureAlpha().raw().toBuffer();
    const reference = (await renderRgba(svg)).pixels;
    expect(decoded.length).toBe(reference.length);
    let diff = 0;
    for (let i = 0; i < decoded.length; i++) diff += Math.abs((decoded[i] ?? 0) - (reference[i] ?? 0));
    expect(diff / decoded.length / 255).toBeLessThan(0.01);
  });
});

describe('chart image', () => {
  const svg = chartEmbedImage(chart, absolute);

  test('draws the bars with their values and cites the source sentence', async () => {
    expect(wellFormed(svg)).toBe('');
    expect(svg.match(/class="bc-bar"/g)?.length).toBe(3);
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(texts).toEqual(expect.arrayContaining(['The death toll, by group', 'Total death toll: 412', 'rebels', '214', 'pro-government forces', '137', 'civilians', '61']));
    expect(texts.join('')).toContain('https://example.org/articles/syrian-army-sends-reinforcements-to-hold-back-rebels-in-hama/#p4');
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    for (const t of texts) expect(t!.length * 11 * 0.56, t).toBeLessThanOrEqual(width);
    await expect(rasterizePng(svg)).resolves.toMatchObject({ width: expect.any(Number) });
  });
});

test('wrapText keeps words whole and lines within the width, cutting only what is longer than a line', () => {
  expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
  expect(wrapText('see https://example.org/articles/a-long-slug/#p4 now', 24)).toEqual(['see https://example.org/', 'articles/a-long-slug/#p4', 'now']);
  expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  expect(wrapText('', 10)).toEqual([]);
});
