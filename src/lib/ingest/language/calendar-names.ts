// Month and weekday names as a language writes them, from the runtime's CLDR
// data (Intl.DateTimeFormat#formatToParts) instead of hand-written tables:
// every form a dateline may use, long and short, standalone ("Dezember",
// "декабрь") and inside a date ("декабря"), for the language and its regional
// forms. Names of other calendars (the Persian solar and the Islamic lunar
// calendar) are kept apart, so a date in them can be refused by name.
import { baseLanguage, REGIONAL_FORMS } from './dw-languages.ts';

export type Calendar = 'gregory' | 'persian' | 'islamic';

export interface CalendarNames {
  /** Lower-cased month name (without a final ".") → month number 1–12. */
  months: Map<string, number>;
  /** The month names as CLDR writes them ("December", "Dez"), for case-sensitive matching. */
  monthForms: Set<string>;
  /** Lower-cased weekday names, long and short. */
  weekdays: Set<string>;
  /** Words CLDR puts between a date's parts ("de" in "6 de diciembre de 2024", "г." after the year). */
  literals: Set<string>;
}

// Days in the middle of each month of 2024, far from any month boundary in every calendar tried here.
const MID_MONTH = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2024, m, 15, 12)));
const WEEK = Array.from({ length: 7 }, (_, d) => new Date(Date.UTC(2024, 0, 1 + d, 12)));

function clean(name: string): string {
  return name.trim().replace(/\.$/u, '').toLocaleLowerCase();
}

/** Month number of a date in the given calendar (1-based), read from CLDR's numeric month. */
function monthNumber(calendar: Calendar, date: Date): number {
  let format = numericMonth.get(calendar);
  if (!format) numericMonth.set(calendar, (format = new Intl.DateTimeFormat('en', { calendar, month: 'numeric', timeZone: 'UTC' })));
  return Number(format.formatToParts(date).find((p) => p.type === 'month')?.value ?? 0);
}

const numericMonth = new Map<Calendar, Intl.DateTimeFormat>();

function collect(locales: readonly string[], calendar: Calendar): CalendarNames {
  const names: CalendarNames = { months: new Map(), monthForms: new Set(), weekdays: new Set(), literals: new Set() };
  const options = { calendar, timeZone: 'UTC', numberingSystem: 'latn' } as const;
  for (const locale of locales) {
    const styles: Intl.DateTimeFormatOptions[] = [
      { month: 'long' }, { month: 'short' }, { day: 'numeric', month: 'long' }, { day: 'numeric', month: 'short' },
      { day: 'numeric', month: 'long', year: 'numeric' },
    ];
    for (const style of styles) {
      const format = new Intl.DateTimeFormat(locale, { ...options, ...style });
      for (const date of calendar === 'gregory' ? MID_MONTH : monthsOf(calendar)) {
        const number = calendar === 'gregory' ? date.getUTCMonth() + 1 : monthNumber(calendar, date);
        for (const part of format.formatToParts(date)) {
          // A numeric month ("12" in "2024年12月6日") is not a name: numbers are read as numbers.
          if (part.type === 'month' && !/^\d+$/u.test(part.value)) {
            names.months.set(clean(part.value), number);
            names.monthForms.add(part.value.trim().replace(/\.$/u, ''));
          }
          if (part.type === 'literal') for (const word of part.value.split(/\s+/u)) if (/\p{L}/u.test(word)) names.literals.add(clean(word));
        }
      }
    }
    for (const weekday of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { ...options, weekday });
      for (const date of WEEK) names.weekdays.add(clean(format.format(date)));
    }
  }
  return names;
}

/** One day inside each of the 12 months of another calendar, in 2024–2025. */
function monthsOf(calendar: Calendar): Date[] {
  const days: Date[] = [];
  const seen = new Set<number>();
  for (let d = 0; d < 400 && seen.size < 12; d += 10) {
    const date = new Date(Date.UTC(2024, 0, 1 + d, 12));
    const month = monthNumber(calendar, date);
    if (!seen.has(month)) {
      seen.add(month);
      days.push(date);
    }
  }
  return days;
}

const cache = new Map<string, CalendarNames>();

/** The names a language (and its regional forms, e.g. Levantine Arabic for "ar") uses in the given calendar. */
export function calendarNames(language: string, calendar: Calendar = 'gregory'): CalendarNames {
  const key = `${language}/${calendar}`;
  let names = cache.get(key);
  if (!names) {
    const base = baseLanguage(language);
    const locales = [...new Set([language, base, ...(REGIONAL_FORMS[base] ?? []), ...(base === 'fa' ? ['fa-AF'] : [])])];
    names = collect(locales, calendar);
    cache.set(key, names);
  }
  return names;
}
