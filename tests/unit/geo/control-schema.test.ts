import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkControlData, ContentError, loadControlData } from '../../../src/lib/geo/control-data.ts';
import { controllerSchema, observationInputSchema, observationSchema, sourceRecordSchema } from '../../../src/schemas/control.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/geo/bad-control');

const valid = {
  place: 'hama',
  date: '2024-12-05',
  controller: 'hts',
  confidence: 'confirmed',
  source: { article: 'syria-islamist-rebels-eye-more-gains-after-seizing-hama', paragraph: 'p1', quote: 'captured' },
};

describe('observation schema', () => {
  test('accepts a seed source and a named source', () => {
    expect(observationSchema.parse(valid)).toEqual(valid);
    const named = { ...valid, source: { name: 'Rudaw', url: 'https://rudaw.net/english/middleeast/syria/031220241', published: '2024-12-03' } };
    expect(observationSchema.parse(named).source).toEqual(named.source);
  });

  test('a source is a seed reference or a named source with a URL, never both or neither', () => {
    const both = { ...valid, source: { ...valid.source, name: 'X', url: 'https://example.org' } };
    expect(observationSchema.safeParse(both).success).toBe(false);
    expect(observationSchema.safeParse({ ...valid, source: { name: 'No address' } }).success).toBe(false);
    expect(observationSchema.safeParse({ ...valid, source: { article: 'x', paragraph: 'p1' } }).success).toBe(false);
    expect(observationSchema.safeParse({ ...valid, source: undefined }).success).toBe(false);
  });

  test('rejects malformed fields', () => {
    expect(observationSchema.safeParse({ ...valid, date: '5 December 2024' }).success).toBe(false);
    expect(observationSchema.safeParse({ ...valid, confidence: 'likely' }).success).toBe(false);
    expect(observationSchema.safeParse({ ...valid, source: { ...valid.source, paragraph: 'para 1' } }).success).toBe(false);
    expect(observationSchema.safeParse({ ...valid, source: { name: 'X', url: 'ftp://example.org/x' } }).success).toBe(false);
    expect(observationSchema.safeParse({ ...valid, extra: true }).success).toBe(false);
  });

  test('as written, an observation cites a source record by id with the words relied on', () => {
    const cited = { ...valid, source: { ref: 'shafaq-2024-12-05-hama', quote: 'admitted that armed opposition factions had entered the city' } };
    expect(observationInputSchema.parse(cited)).toEqual(cited);
    expect(observationInputSchema.safeParse({ ...cited, source: { ref: 'shafaq-2024-12-05-hama' } }).success).toBe(false);
    expect(observationInputSchema.safeParse({ ...cited, contested: ['hts'] }).success).toBe(false);
    expect(observationInputSchema.safeParse({ ...cited, contested: ['hts', 'syrian-government'], basis: 'region' }).success).toBe(true);
  });

  test('a source record names its publisher and the kind of publisher', () => {
    const record = { id: 'x', publisher: 'Shafaq News', publisherKind: 'agency', title: 'T', url: 'https://www.shafaq.com/en/x', published: '2024-12-05' };
    expect(sourceRecordSchema.safeParse(record).success).toBe(true);
    expect(sourceRecordSchema.safeParse({ ...record, publisherKind: 'blog' }).success).toBe(false);
    const { publisher: _p, ...anonymous } = record;
    expect(sourceRecordSchema.safeParse(anonymous).success).toBe(false);
  });

  test('controllers need a lower-case hex colour and a known pattern', () => {
    const c = { id: 'hts', kind: 'actor', label: 'HTS-led rebels', shortLabel: 'HTS-led forces', colour: '#009e73', textColour: '#000000', pattern: 'dots' };
    expect(controllerSchema.safeParse(c).success).toBe(true);
    expect(controllerSchema.safeParse({ ...c, colour: 'green' }).success).toBe(false);
    expect(controllerSchema.safeParse({ ...c, pattern: 'stripes' }).success).toBe(false);
  });
});

describe('loading the control data', () => {
  test('a bad file is reported by file and field, not with a stack trace', () => {
    expect(() => loadControlData(FIXTURE)).toThrow(ContentError);
    expect(() => loadControlData(FIXTURE)).toThrow(/^content\/control\/observations\.json: \[0\]\.source\.ref/);
  });

  test('cross-file problems are named: unknown place, controller or source, unsourced coordinates, a party not "claimed"', () => {
    const problems = checkControlData({
      places: [
        { id: 'aleppo', name: 'Aleppo', aliases: [], kind: 'city', coordinates: [37.16, 36.2], geonameId: 170063 },
        { id: 'made-up', name: 'Made up', aliases: [], kind: 'site', coordinates: [38, 35] },
      ],
      controllers: [{ id: 'hts', kind: 'actor', label: 'HTS', shortLabel: 'HTS', colour: '#009e73', textColour: '#000000', pattern: 'solid' }],
      observations: [
        { place: 'nowhere', date: '2024-11-30', controller: 'hts', confidence: 'reported', source: { ref: 'x', quote: 'q' } },
        { place: 'aleppo', date: '2024-11-30', controller: 'isis', confidence: 'reported', source: { ref: 'x', quote: 'q' } },
        { place: 'aleppo', date: '2024-11-30', controller: 'hts', confidence: 'reported', source: { ref: 'unknown', quote: 'q' } },
        { place: 'aleppo', date: '2024-11-30', controller: 'hts', confidence: 'confirmed', source: { ref: 'state-media', quote: 'q' } },
      ],
      sources: [
        { id: 'x', publisher: 'X', publisherKind: 'agency', title: 'T', url: 'https://example.org/x' },
        { id: 'state-media', publisher: 'SANA', publisherKind: 'party', title: 'T', url: 'https://example.org/sana' },
      ],
      regions: [],
      dates: [],
    });
    expect(problems).toEqual([
      'content/control/controllers.json: no entry of kind "contested"',
      'content/places.json: "made-up" has hand-added coordinates without a source',
      'content/control/observations.json: [0].place: "nowhere" is not in content/places.json or content/geo/syria-towns.json',
      'content/control/observations.json: [1].controller: "isis" is not in content/control/controllers.json',
      'content/control/observations.json: [2].source.ref: "unknown" is not in content/control/sources.json',
      'content/control/observations.json: [3].confidence: a party to the conflict\'s word is "claimed", not "confirmed"',
    ]);
  });
});
