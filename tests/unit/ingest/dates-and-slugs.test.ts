import { describe, expect, test } from 'vitest';
import { looksLikeDate, parseDateLine } from '../../../src/lib/ingest/dates.ts';
import { splitCategoryTrail } from '../../../src/lib/ingest/layouts/current-page.ts';
import { slugify, uniqueSlug } from '../../../src/lib/ingest/slug.ts';

describe('parseDateLine', () => {
  test.each([
    ['December 1, 2024', '2024-12-01', 'en'],
    ['May 5, 2024  ', '2024-05-05', 'en'],
    ['Dec. 5, 2024', '2024-12-05', 'en'],
    ['24. Dezember 2023', '2023-12-24', 'de'],
    ['1. März 2024', '2024-03-01', 'de'],
    ['24.12.2023', '2023-12-24', ''],
    ['Daphne Antachopoulos14. September 2004', '2004-09-14', 'de'],
    ['February 29, 2024', '2024-02-29', 'en'],
  ])('%s → %s (%s)', (line, iso, language) => {
    const parsed = parseDateLine(line);
    expect(parsed).toMatchObject({ kind: 'date', iso });
    // The languages whose month names read the line include the page's (none for a numeric date).
    if (language !== '') expect(parsed.kind === 'date' && parsed.languages).toContain(language);
  });

  test('impossible dates are invalid, not misread', () => {
    expect(parseDateLine('February 29, 2023')).toEqual({ kind: 'invalid', reason: 'there is no day 29 in month 2 of 2023' });
    expect(parseDateLine('31.04.2024').kind).toBe('invalid');
  });

  test('other lines are not dates; date-like ones are recognised as such', () => {
    expect(parseDateLine('Syrian army sends reinforcements').kind).toBe('none');
    expect(looksLikeDate('2024-12-01')).toBe(true);
    expect(looksLikeDate('1st December 2024')).toBe(true);
    expect(looksLikeDate('The army sent reinforcements to Hama.')).toBe(false);
  });
});

describe('category trail', () => {
  test.each([
    ['ConflictsSyria', ['Conflicts', 'Syria']],
    ['Middle EastSyria', ['Middle East', 'Syria']],
    ['Politics', ['Politics']],
    ['KonflikteSyrien', ['Konflikte', 'Syrien']],
  ])('%s', (line, trail) => expect(splitCategoryTrail(line)).toEqual(trail));
});

describe('slugify', () => {
  test.each([
    ['Syrian army sends reinforcements to hold back rebels in Hama', 'syrian-army-sends-reinforcements-to-hold-back-rebels-in-hama'],
    ['Syria: Islamist rebels eye more gains after seizing Hama', 'syria-islamist-rebels-eye-more-gains-after-seizing-hama'],
    ["What's the current situation in Syria?", 'whats-the-current-situation-in-syria'],
    ['Rebels claim full control over\u00a0Aleppo', 'rebels-claim-full-control-over-aleppo'],
    ['Über Straßen in Köln', 'ueber-strassen-in-koeln'],
    ['Café — déjà vu', 'cafe-deja-vu'],
    ['تقرير عن حمص', ''],
  ])('%s', (title, slug) => expect(slugify(title)).toBe(slug));

  test('long titles are cut at a word end', () => {
    const slug = slugify('word '.repeat(40), 23);
    expect(slug).toBe('word-word-word-word');
  });

  test('uniqueSlug numbers repeats', () => {
    const used = new Set<string>();
    expect(['a', 'a', 'a', 'b'].map((s) => uniqueSlug(s, used))).toEqual(['a', 'a-2', 'a-3', 'b']);
  });
});
