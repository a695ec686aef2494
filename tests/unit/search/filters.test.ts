import { describe, expect, test } from 'vitest';
import { countSelected, filterGroups, toPagefindFilters, toggleFilter } from '../../../src/lib/search/filters.ts';
import { filterDeclarations } from '../../../src/lib/search/filter-declarations.ts';

const available = {
  type: { page: 1, article: 2, explainer: 2, map: 1 },
  actor: { 'Syrian government forces': 2, 'al-Qaeda': 1, 'Hayat Tahrir al-Sham': 3 },
  place: { Hama: 4, Aleppo: 3 },
  colour: { red: 1 },
};

describe('filterGroups', () => {
  test('known groups in a fixed order, kinds in reading order, names alphabetical ignoring case', () => {
    const groups = filterGroups(available, {});
    expect(groups.map((g) => [g.key, g.legend])).toEqual([
      ['type', 'Kind of page'],
      ['actor', 'Party'],
      ['place', 'Place'],
    ]);
    expect(groups[0]?.options.map((o) => [o.value, o.label, o.count])).toEqual([
      ['article', 'Article', 2],
      ['explainer', 'Explainer', 2],
      ['map', 'Map', 1],
      ['page', 'Page', 1],
    ]);
    expect(groups[1]?.options.map((o) => o.value)).toEqual(['al-Qaeda', 'Hayat Tahrir al-Sham', 'Syrian government forces']);
  });

  test('marks selected values and keeps a selected value the index does not know, with count 0', () => {
    const groups = filterGroups(available, { place: ['Homs', 'Hama'] });
    expect(groups[2]?.options).toEqual([
      { value: 'Aleppo', label: 'Aleppo', count: 3, checked: false },
      { value: 'Hama', label: 'Hama', count: 4, checked: true },
      { value: 'Homs', label: 'Homs', count: 0, checked: true },
    ]);
  });

  test('counts for the current words replace the totals; a value without results counts 0', () => {
    const groups = filterGroups(available, {}, { type: { article: 2 }, place: { Hama: 2 } });
    expect(groups[0]?.options.map((o) => o.count)).toEqual([2, 0, 0, 0]);
    expect(groups[2]?.options.map((o) => [o.value, o.count])).toEqual([
      ['Aleppo', 0],
      ['Hama', 2],
    ]);
  });

  test('an unknown type value is listed after the known ones under its own name', () => {
    expect(filterGroups({ type: { article: 1, podcast: 1 } }, {})[0]?.options.map((o) => o.label)).toEqual(['Article', 'podcast']);
  });

  test('no filters, no groups', () => {
    expect(filterGroups({}, {})).toEqual([]);
  });
});

describe('toggleFilter', () => {
  test('adds and removes without changing the input', () => {
    const before = { type: ['article'] };
    const added = toggleFilter(before, 'type', 'explainer', true);
    expect(added).toEqual({ type: ['article', 'explainer'] });
    expect(before).toEqual({ type: ['article'] });
    expect(toggleFilter(added, 'type', 'article', false)).toEqual({ type: ['explainer'] });
  });

  test('removing the last value drops the key; adding twice is idempotent', () => {
    expect(toggleFilter({ type: ['article'] }, 'type', 'article', false)).toEqual({});
    expect(toggleFilter({ place: ['Hama'] }, 'place', 'Hama', true)).toEqual({ place: ['Hama'] });
  });
});

test('toPagefindFilters: any value within a key, keys together, empty keys left out', () => {
  expect(toPagefindFilters({ type: ['article', 'explainer'], actor: [], place: ['Hama'] })).toEqual({
    type: { any: ['article', 'explainer'] },
    place: { any: ['Hama'] },
  });
  expect(toPagefindFilters({})).toEqual({});
});

test('countSelected', () => {
  expect(countSelected({ type: ['article', 'map'], place: ['Hama'] })).toBe(3);
});

describe('filterDeclarations', () => {
  test('type first, then actors and places, trimmed, deduplicated and sorted', () => {
    expect(
      filterDeclarations({ type: 'explainer', actors: [' Turkey', 'Hayat  Tahrir al-Sham', 'Turkey'], places: ['Hama', 'Aleppo'] }, 'x'),
    ).toEqual([
      { key: 'type', value: 'explainer' },
      { key: 'actor', value: 'Hayat Tahrir al-Sham' },
      { key: 'actor', value: 'Turkey' },
      { key: 'place', value: 'Aleppo' },
      { key: 'place', value: 'Hama' },
    ]);
  });

  test('commas are fine: values go in element text, not in a comma-separated attribute', () => {
    expect(filterDeclarations({ actors: ['Iran, Russia'] }, 'x')).toEqual([{ key: 'actor', value: 'Iran, Russia' }]);
  });

  test('an unknown type or an empty value is an error naming the page', () => {
    expect(() => filterDeclarations({ type: 'podcast' as never }, '/maps/')).toThrow('/maps/: unknown search type "podcast"');
    expect(() => filterDeclarations({ places: [' '] }, '/maps/')).toThrow('/maps/: an empty place filter value');
  });

  test('nothing declared, nothing rendered', () => {
    expect(filterDeclarations({}, 'x')).toEqual([]);
  });
});
