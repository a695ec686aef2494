import { describe, expect, test } from 'vitest';
import { controlAtDate, controlChanges } from '../../../src/lib/geo/control-state.ts';
import type { Observation } from '../../../src/schemas/control.ts';

const source = { name: 'Example', url: 'https://example.org/a', publisherKind: 'agency' as const };
const party = { name: 'State media', url: 'https://example.org/b', publisherKind: 'party' as const };
const obs = (place: string, date: string, controller: string, extra: Partial<Observation> = {}): Observation => ({ place, date, controller, confidence: 'reported', source, ...extra });

const observations: Observation[] = [
  obs('hama', '2024-11-26', 'syrian-government'),
  obs('hama', '2024-11-30', 'syrian-government'),
  obs('hama', '2024-12-05', 'hts'),
  obs('aleppo', '2024-11-26', 'syrian-government'),
  obs('aleppo', '2024-11-29', 'hts', { contested: ['hts', 'syrian-government'] }),
  obs('aleppo', '2024-11-29', 'syrian-government', { confidence: 'claimed', source: party }),
  obs('aleppo', '2024-11-30', 'hts'),
  obs('saraqib', '2024-11-29', 'hts'),
  // Sources disagree, nobody reports fighting: the agency outweighs the party's claim.
  obs('madiq', '2024-12-02', 'syrian-government'),
  obs('madiq', '2024-12-02', 'hts', { confidence: 'claimed', source: party }),
];

describe('control at a date', () => {
  test('carries the last observation forward and says so', () => {
    const [aleppo, hama] = controlAtDate(observations, '2024-12-03');
    expect(hama).toMatchObject({ place: 'hama', category: 'syrian-government', asOf: '2024-11-30', since: '2024-11-26', carriedForward: true });
    expect(aleppo).toMatchObject({ place: 'aleppo', category: 'hts', asOf: '2024-11-30', since: '2024-11-30', carriedForward: true });
  });

  test('a place where a source reports fighting is contested, with the forces involved', () => {
    const aleppo = controlAtDate(observations, '2024-11-29').find((p) => p.place === 'aleppo')!;
    expect(aleppo.category).toBe('contested');
    expect(aleppo.controllers).toEqual(['hts', 'syrian-government']);
    expect(aleppo.disputed).toBe(false);
    expect(aleppo.carriedForward).toBe(false);
    expect(aleppo.observations).toHaveLength(2);
  });

  test('sources that disagree without fighting: the more reliable names the holder, and the place is disputed', () => {
    const madiq = controlAtDate(observations, '2024-12-02').find((p) => p.place === 'madiq')!;
    expect(madiq).toMatchObject({ category: 'syrian-government', controllers: ['hts', 'syrian-government'], disputed: true });
    expect(madiq.observations).toHaveLength(2);
  });

  test('a place not yet observed is absent, and output is sorted by place', () => {
    expect(controlAtDate(observations, '2024-11-26').map((p) => p.place)).toEqual(['aleppo', 'hama']);
    expect(controlAtDate(observations, '2024-12-03').map((p) => p.place)).toEqual(['aleppo', 'hama', 'madiq', 'saraqib']);
    expect(controlAtDate(observations, '2024-11-25')).toEqual([]);
  });

  test('the order of the observations does not matter', () => {
    const reversed = [...observations].reverse();
    for (const date of ['2024-11-26', '2024-11-29', '2024-12-05']) {
      const a = controlAtDate(observations, date).map(({ observations: _o, ...rest }) => rest);
      const b = controlAtDate(reversed, date).map(({ observations: _o, ...rest }) => rest);
      expect(b).toEqual(a);
    }
  });

  test('changes between map dates name the place, the day and both sides', () => {
    expect(controlChanges(['2024-11-26', '2024-11-29', '2024-11-30', '2024-12-05'].map((date) => ({ date, places: controlAtDate(observations, date) })))).toEqual([
      { place: 'aleppo', date: '2024-11-29', from: 'syrian-government', to: 'contested' },
      { place: 'aleppo', date: '2024-11-30', from: 'contested', to: 'hts' },
      { place: 'hama', date: '2024-12-05', from: 'syrian-government', to: 'hts' },
    ]);
  });
});
