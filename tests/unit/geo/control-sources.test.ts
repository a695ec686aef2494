// Every control observation must trace to a source that says what we record.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadControlData } from '../../../src/lib/geo/control-data.ts';
import { isSeedSource } from '../../../src/schemas/control.ts';
import { seedParagraphs } from './seed-paragraphs.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const data = loadControlData(ROOT);
const seeds = seedParagraphs();

const spaces = (text: string) => text.replace(/\s+/gu, ' ');

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('sources of the control observations', () => {
  test('the seed paragraphs are numbered as the ingest numbers them', () => {
    expect([...seeds.keys()].sort()).toEqual(['syria-islamist-rebels-eye-more-gains-after-seizing-hama', 'syrian-army-sends-reinforcements-to-hold-back-rebels-in-hama']);
    const a = seeds.get('syrian-army-sends-reinforcements-to-hold-back-rebels-in-hama')!;
    expect(a.size).toBe(23);
    expect(a.get('p1')).toMatch(/^The Syrian military on Sunday sent reinforcements/);
    expect(a.get('p5')).toMatch(/^The Observatory, which gets its information/);
  });

  test('every seed reference points at an existing paragraph that contains the quoted words', () => {
    const seedObservations = data.observations.filter((o) => isSeedSource(o.source));
    expect(seedObservations.length).toBeGreaterThanOrEqual(8);
    for (const o of seedObservations) {
      if (!isSeedSource(o.source)) continue;
      const paragraph = seeds.get(o.source.article)?.get(o.source.paragraph);
      expect(paragraph, `${o.place} ${o.date}: ${o.source.article} ${o.source.paragraph}`).toBeDefined();
      // The seeds use no-break spaces in places; a quote matches whatever the kind of space.
      expect(spaces(paragraph!), `${o.place} ${o.date}`).toContain(spaces(o.source.quote));
    }
  });

  test('every named source has a well-formed web address and the words relied on', () => {
    for (const o of data.observations) {
      if (isSeedSource(o.source)) continue;
      const url = new URL(o.source.url);
      expect(['https:', 'http:'], o.source.url).toContain(url.protocol);
      expect(url.hostname, o.source.url).toMatch(/\.[a-z]{2,}$/);
      expect(o.source.quote, `${o.place} ${o.date}`).toBeDefined();
      if (o.source.published) expect(o.source.published <= '2026-12-31').toBe(true);
    }
    for (const z of data.zones) expect(new URL(z.source.url).protocol).toBe('https:');
  });

  test('every observed place is in the gazetteer with coordinates, and every date is covered', () => {
    const places = new Map(data.places.map((p) => [p.id, p]));
    for (const o of data.observations) expect(places.get(o.place)?.coordinates, o.place).toBeDefined();
    const dates = new Set(data.observations.map((o) => o.date));
    for (const d of ['2024-11-26', '2024-11-29', '2024-11-30', '2024-12-01', '2024-12-03', '2024-12-05']) expect(dates, d).toContain(d);
  });

  test('observations are not duplicated', () => {
    const keys = data.observations.map((o) => `${o.place}|${o.date}|${o.controller}|${JSON.stringify(o.source)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('controllers', () => {
  test('labels are readable on their fill: contrast at least 4.5:1', () => {
    for (const c of data.controllers) expect(contrast(c.colour, c.textColour), c.id).toBeGreaterThanOrEqual(4.5);
  });

  test('colours and patterns are all different', () => {
    expect(new Set(data.controllers.map((c) => c.colour)).size).toBe(data.controllers.length);
    expect(new Set(data.controllers.map((c) => c.pattern)).size).toBe(data.controllers.length);
  });

  const actorsFile = path.join(ROOT, 'content/actors.json');
  test.skipIf(!existsSync(actorsFile))('every controller is an actor of content/actors.json', () => {
    const actors = new Set((JSON.parse(readFileSync(actorsFile, 'utf8')) as { id: string }[]).map((a) => a.id));
    for (const c of data.controllers.filter((c) => c.kind === 'actor')) expect(actors, c.id).toContain(c.id);
  });
});
