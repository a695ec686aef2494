import { expect, test } from 'vitest';
import { partyFilterValues, placeFilterValues } from '../../../src/lib/search/filter-values.ts';

const actors = [
  { id: 'hts', name: 'Hayat Tahrir al-Sham', kind: 'armed-group' },
  { id: 'russia', name: 'Russia', kind: 'state' },
  { id: 'afp', name: 'Agence France-Presse', kind: 'agency' },
  { id: 'sohr', name: 'Syrian Observatory for Human Rights', kind: 'organisation' },
];
const places = [
  { id: 'syria', name: 'Syria', kind: 'country' },
  { id: 'hama-governorate', name: 'Hama Governorate', kind: 'governorate' },
  { id: 'hama', name: 'Hama', kind: 'city', governorate: 'hama-governorate' },
  { id: 'aleppo', name: 'Aleppo', kind: 'city', governorate: 'aleppo-governorate' },
  { id: 'ankara', name: 'Ankara', kind: 'capital' },
];

test('parties: names of the mentioned actors, agencies left out, each once, sorted', () => {
  const mentions = [{ ref: 'russia' }, { ref: 'hts' }, { ref: 'afp' }, { ref: 'hts' }, { ref: 'sohr' }];
  expect(partyFilterValues(mentions, actors)).toEqual(['Hayat Tahrir al-Sham', 'Russia', 'Syrian Observatory for Human Rights']);
});

test('places: governorates and places inside Syria; countries and capitals abroad left out', () => {
  const mentions = ['hama', 'syria', 'ankara', 'aleppo', 'hama-governorate', 'hama'].map((ref) => ({ ref }));
  expect(placeFilterValues(mentions, places)).toEqual(['Aleppo', 'Hama', 'Hama Governorate']);
});

test('an id missing from the registry is an error naming it', () => {
  expect(() => partyFilterValues([{ ref: 'nobody' }], actors)).toThrow('search filters: the actor "nobody" is not in the registry');
  expect(() => placeFilterValues([{ ref: 'atlantis' }], places)).toThrow('the place "atlantis"');
});

test('no mentions, no values', () => {
  expect(partyFilterValues([], actors)).toEqual([]);
});
