import { describe, expect, test } from 'vitest';
import { addDays, formatDayLabel, resolveMonthDay, resolveWeekday, weekdayOf } from '../../../src/lib/explain/relative-dates.ts';

describe('resolveWeekday', () => {
  test('the report\'s own weekday is the day of the report', () => {
    expect(weekdayOf('2024-12-01')).toBe('Sunday');
    expect(resolveWeekday('2024-12-01', 'Sunday')).toBe('2024-12-01');
    expect(weekdayOf('2024-12-05')).toBe('Thursday');
    expect(resolveWeekday('2024-12-05', 'Thursday')).toBe('2024-12-05');
  });

  test('an earlier weekday is the latest such day before the report', () => {
    expect(resolveWeekday('2024-12-01', 'Saturday')).toBe('2024-11-30');
    expect(resolveWeekday('2024-12-01', 'Wednesday')).toBe('2024-11-27');
    expect(resolveWeekday('2024-12-05', 'Friday')).toBe('2024-11-29');
    expect(resolveWeekday('2024-12-05', 'Monday')).toBe('2024-12-02');
  });

  test('crosses month and year ends', () => {
    expect(resolveWeekday('2025-01-01', 'Tuesday')).toBe('2024-12-31');
    expect(resolveWeekday('2025-01-01', 'Thursday')).toBe('2024-12-26');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });
});

describe('resolveMonthDay', () => {
  test('uses the printed year, else the latest year on or before the report', () => {
    expect(resolveMonthDay('2024-12-05', 'December', 4, 2024)).toBe('2024-12-04');
    expect(resolveMonthDay('2024-12-05', 'Dec.', 4)).toBe('2024-12-04');
    expect(resolveMonthDay('2025-01-03', 'December', 30)).toBe('2024-12-30');
    expect(resolveMonthDay('2024-12-05', 'February', 30)).toBeUndefined();
    expect(resolveMonthDay('2024-12-05', 'Smarch', 3)).toBeUndefined();
  });
});

test('formatDayLabel gives weekday, day and month', () => {
  expect(formatDayLabel('2024-11-27')).toBe('Wednesday 27 November');
});
