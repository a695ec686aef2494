import { describe, expect, test } from 'vitest';
import { formatLongDate, formatShortDate, namesDay } from '../../../src/lib/format/date.ts';
import { isoDuration, spokenDuration } from '../../../src/lib/format/duration.ts';

describe('dates', () => {
  test('format in UTC', () => {
    expect(formatLongDate('2024-12-01')).toBe('1 December 2024');
    expect(formatShortDate('2024-11-27')).toBe('27 Nov');
  });
  test('reject a non-date', () => {
    expect(() => formatLongDate('December 1')).toThrow(RangeError);
  });
});

describe('durations', () => {
  test('ISO 8601', () => {
    expect(isoDuration(126)).toBe('PT2M6S');
    expect(isoDuration(305)).toBe('PT5M5S');
    expect(isoDuration(3600 + 7)).toBe('PT1H7S');
    expect(isoDuration(0)).toBe('PT0S');
  });
  test('spoken', () => {
    expect(spokenDuration(126)).toBe('2 minutes 6 seconds');
    expect(spokenDuration(60)).toBe('1 minute');
    expect(spokenDuration(5)).toBe('5 seconds');
  });
});

test('namesDay: a sentence that already names the day needs no date label', () => {
  expect(namesDay('On 8 December 2024 the army command said so.', '2024-12-08')).toBe(true);
  expect(namesDay('Rebels seized Homs on Saturday 7 December as forces withdrew.', '2024-12-07')).toBe(true);
  expect(namesDay('In early December 2024, fighters crossed into Syria.', '2024-12-01')).toBe(false);
  expect(namesDay('On 18 December it ended.', '2024-12-08')).toBe(false);
});
