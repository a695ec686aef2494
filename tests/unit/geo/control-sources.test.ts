// Every control observation must trace to a source that says what we record.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { host, isRepost } from '../../support/reposts.ts';
import { loadControlData } from '../../../src/lib/geo/control-data.ts';
import { isSeedSource } from '../../../src/schemas/control.ts';
import { seedParagraphs, slugOf } from './seed-paragraphs.ts';

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
  test('every seed of seeds/sources.json is read, its paragraphs numbered as the ingest numbers them', () => {
    const listed = (JSON.parse(readFileSync(path.join(ROOT, 'seeds/sources.json'), 'utf8')) as { url: string }[]).map((e) => slugOf(e.url));
    expect([...seeds.keys()].sort()).toEqual([...listed].sort());
    const a = seeds.get('syrian-army-sends-reinforcements-to-hold-back-rebels-in-hama');
    expect(a?.size).toBe(23);
    expect(a?.get('p1')).toMatch(/^The Syrian military on Sunday sent reinforcements/);
    expect(a?.get('p5')).toMatch(/^The Observatory, which gets its information/);
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
      // Published on or before the day the test runs: no source from the future.
      if (o.source.published) expect(o.source.published <= new Date().toISOString().slice(0, 10), o.source.url).toBe(true);
    }
  });

  test('every observed place is in the gazetteer with coordinates, and every date is covered', () => {
    const places = new Map(data.places.map((p) => [p.id, p]));
    for (const o of data.observations) expect(places.get(o.place)?.coordinates, o.place).toBeDefined();
    const dates = new Set(data.observations.map((o) => o.date));
    // Every map date after the baseline has at least one change of its own.
    for (const { date } of data.dates) expect(dates, date).toContain(date);
  });

  test('observations are not duplicated', () => {
    const keys = data.observations.map((o) => `${o.place}|${o.date}|${o.controller}|${JSON.stringify(o.source)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});


describe('source records (content/control/sources.json)', () => {
  test('each names its publisher and the kind of publisher', () => {
    expect(data.sources.length).toBeGreaterThan(30);
    for (const s of data.sources) {
      expect(s.publisher.length, s.id).toBeGreaterThan(1);
      expect(['agency', 'newspaper', 'broadcaster', 'monitor', 'research-institute', 'party', 'encyclopedia', 'gazetteer'], s.id).toContain(s.publisherKind);
    }
  });

  test('no repost or mirror is cited where the original is known: each one says why it is the only copy', () => {
    for (const s of data.sources) if (isRepost(s.url)) expect(s.onlyCopy, `${s.id}: ${s.url}`).toBeDefined();
  });

  test('an encyclopedia is cited only with the reason no publisher was found, and is flagged', () => {
    for (const s of data.sources) {
      if (/wikipedia\.org$/.test(host(s.url))) expect(s.publisherKind, s.id).toBe('encyclopedia');
      if (s.publisherKind === 'encyclopedia') expect(s.onlyCopy, s.id).toBeDefined();
    }
    // At most a few: the map rests on publishers' own pages.
    expect(data.sources.filter((s) => s.publisherKind === 'encyclopedia').length).toBeLessThanOrEqual(2);
  });

  test('a party to the conflict is "claimed", never "confirmed" or "reported" on its own word', () => {
    for (const o of data.observations) if (!isSeedSource(o.source) && o.source.publisherKind === 'party') expect(o.confidence, `${o.place} ${o.date}`).toBe('claimed');
  });

  test('the repost list catches what it should', () => {
    expect(isRepost('https://www.devdiscourse.com/article/x')).toBe(true);
    expect(isRepost('https://en.wikimili.com/x')).toBe(true);
    expect(isRepost('https://www.reuters.com/world/x')).toBe(false);
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
  test('every controller is an actor of content/actors.json', () => {
    const actors = new Set((JSON.parse(readFileSync(actorsFile, 'utf8')) as { id: string }[]).map((a) => a.id));
    for (const c of data.controllers.filter((c) => c.kind === 'actor')) expect(actors, c.id).toContain(c.id);
  });
});
