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

describe('datelines in DW languages (CLDR month names, native digits)', () => {
  test.each([
    ['6 December 2024', '2024-12-06', 'en'],
    ['6. Dezember 2024', '2024-12-06', 'de'],
    ['06.12.2024', '2024-12-06', ''],
    ['24 Juni 2024', '2024-06-24', 'sw'],
    ['١٥ يناير ٢٠٢٥', '2025-01-15', 'ar'],
    ['Dana Eichhorst٢٢ يونيو ٢٠١١', '2011-06-22', 'ar'],
    ['١٥ كانون الأول ٢٠٢٤', '2024-12-15', 'ar'],
    ['۶ دسامبر ۲۰۲۴', '2024-12-06', 'fa'],
    ['6 de diciembre de 2024', '2024-12-06', 'es'],
    ['6 декабря 2024 г.', '2024-12-06', 'ru'],
    ['6 Aralık 2024', '2024-12-06', 'tr'],
    ['2024年12月6日', '2024-12-06', 'zh'],
    ['Freitag, 6. Dezember 2024', '2024-12-06', 'de'],
    ['৬ ডিসেম্বর, ২০২৪', '2024-12-06', 'bn'],
  ])('%s → %s', (line, iso, language) => {
    const parsed = parseDateLine(line);
    expect(parsed).toMatchObject({ kind: 'date', iso });
    if (language !== '') expect(parsed.kind === 'date' && parsed.languages).toContain(language);
  });

  test('the page language decides a month name that is another month elsewhere', () => {
    // "listopada": October in Croatian, November in Polish.
    expect(parseDateLine('6 listopada 2024', ['pl'])).toMatchObject({ kind: 'date', iso: '2024-11-06' });
    expect(parseDateLine('6 listopada 2024', ['hr'])).toMatchObject({ kind: 'date', iso: '2024-10-06' });
  });

  test('Persian solar and Islamic dates are recognised as such, not misread', () => {
    expect(parseDateLine('۱۴۰۲ شهریور ۵, یکشنبه')).toMatchObject({ kind: 'calendar', calendar: 'persian' });
    expect(parseDateLine('۱۶ آذر ۱۴۰۳', ['fa'])).toMatchObject({ kind: 'calendar', calendar: 'persian' });
    expect(parseDateLine('5 جمادى الآخرة 1446', ['ar'])).toMatchObject({ kind: 'calendar', calendar: 'islamic' });
  });

  test('a month name alone, or a year alone, is not a date', () => {
    expect(parseDateLine('Mai 2024').kind).toBe('none');
    expect(parseDateLine('Im Dezember', ['de']).kind).toBe('none');
  });
});
