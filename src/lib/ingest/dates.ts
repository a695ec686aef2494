// The dateline of a DW page, in every form DW has used: "December 1, 2024",
// "6 December 2024", "6. Dezember 2024", "06.12.2024", "24 Juni 2024"
// (Swahili), "١٥ يناير ٢٠٢٥" (Arabic, native digits), "2024年12月6日"…
// Month and weekday names come from CLDR (calendar-names.ts) for the page's
// language, or for every DW language when it is not known yet. DW sometimes
// glues the author's name in front ("Daphne Antachopoulos14. September 2004"),
// so the date is matched at the end of the line. A date in another calendar
// (the Persian solar calendar of DW's Persian and Dari pages) is recognised
// as such, so that it can be refused by name rather than misread.
import { calendarNames, type Calendar } from './language/calendar-names.ts';
import { DW_LANGUAGES } from './language/dw-languages.ts';
import { toAsciiDigits } from './language/native-digits.ts';

export type DateLine =
  /** `languages`: those whose month names read this date (empty for a numeric date). */
  | { kind: 'date'; iso: string; languages: string[] }
  | { kind: 'invalid'; reason: string }
  /** A date in a calendar other than the Gregorian one. */
  | { kind: 'calendar'; calendar: Exclude<Calendar, 'gregory'>; languages: string[] }
  | { kind: 'none' };

/**
 * What is compared: ASCII digits, one form of the Arabic-script letters that
 * Arabic and Persian write differently (ي/ی, ك/ک), no tatweel, hamza above or
 * direction marks, lower case. Only for reading the date: the text is kept.
 */
export function foldDateText(text: string): string {
  return toAsciiDigits(text)
    .replace(/[يى]/gu, 'ی')
    .replace(/ك/gu, 'ک')
    .replace(/[\u0640\u0654\p{Cf}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase();
}

interface Reading {
  month: number;
  language: string;
}

interface DatePatterns {
  /** Folded month name → its readings (the same name may be a month in several languages). */
  months: Map<string, Reading[]>;
  dmy: RegExp;
  mdy: RegExp;
  ymd: RegExp;
  /** A month name or weekday anywhere, for telling an unsupported date format from a headline. */
  word: RegExp;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+');
}

function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join('|');
}

function buildPatterns(languages: readonly string[], calendar: Calendar): DatePatterns {
  const months = new Map<string, Reading[]>();
  const weekdays: string[] = [];
  const literals: string[] = [];
  for (const language of languages) {
    const names = calendarNames(language, calendar);
    for (const [name, month] of names.months) {
      const key = foldDateText(name);
      const readings = months.get(key) ?? [];
      if (!readings.some((r) => r.language === language)) readings.push({ month, language });
      months.set(key, readings);
    }
    weekdays.push(...[...names.weekdays].map(foldDateText));
    literals.push(...[...names.literals].map(foldDateText));
  }
  // No month names (a numeric dateline only): a pattern that never matches.
  const month = months.size > 0 ? `(${alternation(months.keys())})(?!\\p{L})\\.?` : '(?!)()';
  // Between the parts: spaces, dots, commas (Latin and Arabic), and CLDR's own words ("de", "г.", "年").
  const sep = `(?:[\\s.,،]|${literals.length > 0 ? `${alternation(literals)}` : '(?!)'})`;
  const weekday = weekdays.length > 0 ? alternation(weekdays) : '(?!)';
  const tail = `(?:${sep}|${weekday})*$`;
  const day = '(?<!\\d)(\\d{1,2})(?!\\d)';
  const year = '(?<!\\d)(\\d{4})(?!\\d)';
  return {
    months,
    dmy: new RegExp(`${day}\\.?${sep}*${month}${sep}+${year}${tail}`, 'u'),
    mdy: new RegExp(`${month}${sep}+${day}${sep}+${year}${tail}`, 'u'),
    ymd: new RegExp(`${year}${sep}*${month}${sep}*${day}${tail}`, 'u'),
    word: new RegExp(`(?<!\\p{L})(?:${months.size > 0 ? alternation(months.keys()) : '(?!)'}|${weekday})(?!\\p{L})`, 'u'),
  };
}

const patternCache = new Map<string, DatePatterns>();

function patterns(languages: readonly string[], calendar: Calendar): DatePatterns {
  const key = `${calendar}:${languages.join(',')}`;
  let found = patternCache.get(key);
  if (!found) {
    found = buildPatterns(languages, calendar);
    patternCache.set(key, found);
  }
  return found;
}

function isoDate(year: number, month: number, day: number): { kind: 'date'; iso: string } | { kind: 'invalid'; reason: string } {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { kind: 'invalid', reason: `there is no day ${day} in month ${month} of ${year}` };
  }
  return { kind: 'date', iso: date.toISOString().slice(0, 10) };
}

/** Is the calendar in use where the language is spoken (CLDR's calendar preferences for its likely region)? */
function usesCalendar(language: string, calendar: Calendar): boolean {
  const locale = new Intl.Locale(language).maximize() as Intl.Locale & { getCalendars?: () => string[]; calendars?: string[] };
  return (locale.getCalendars?.() ?? locale.calendars ?? []).includes(calendar);
}

const NUMERIC = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})[\s.]*$/u;

/** Day, month name and year in one of the three orders, or null. */
function matchNamed(text: string, p: DatePatterns): { day: number; name: string; year: number } | null {
  let m = p.dmy.exec(text);
  if (m) return { day: Number(m[1]), name: m[2] ?? '', year: Number(m[3]) };
  m = p.mdy.exec(text);
  if (m) return { day: Number(m[2]), name: m[1] ?? '', year: Number(m[3]) };
  m = p.ymd.exec(text);
  if (m) return { day: Number(m[3]), name: m[2] ?? '', year: Number(m[1]) };
  return null;
}

/**
 * Reads a dateline; `none` when the line does not end in a date. `languages`:
 * whose month names to accept (default: every language DW publishes in).
 */
export function parseDateLine(line: string, languages: readonly string[] = DW_LANGUAGES): DateLine {
  // The date ends the line and is never longer than this ("Mittwoch, 24. September 2024"): what comes
  // before it (an author's name, a title) need not be searched.
  const text = foldDateText(line).slice(-48);
  if (!/\d/u.test(text)) return { kind: 'none' };
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const result = isoDate(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));
    return result.kind === 'date' ? { ...result, languages: [] } : result;
  }
  // A named date needs a year: most lines that are not dates stop here, before the large patterns.
  if (!/(?<!\d)\d{4}(?!\d)/u.test(text)) return { kind: 'none' };
  const named = matchNamed(text, patterns(languages, 'gregory'));
  if (named && named.year >= 1800 && named.year <= 2200) {
    const readings = patterns(languages, 'gregory').months.get(named.name) ?? [];
    const month = readings[0]?.month ?? 0;
    const result = isoDate(named.year, month, named.day);
    if (result.kind === 'invalid') return result;
    return { ...result, languages: readings.filter((r) => r.month === month).map((r) => r.language) };
  }
  for (const calendar of ['persian', 'islamic'] as const) {
    const users = languages.filter((l) => usesCalendar(l, calendar));
    if (users.length === 0) continue;
    const other = matchNamed(text, patterns(users, calendar));
    if (other) {
      const readings = patterns(users, calendar).months.get(other.name) ?? [];
      return { kind: 'calendar', calendar, languages: [...new Set(readings.map((r) => r.language))] };
    }
  }
  return { kind: 'none' };
}

const NUMERIC_DATE = /(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)/u;

/** Does a line that is not a supported dateline still look like a date (so its format is unknown)? */
export function looksLikeDate(line: string, languages: readonly string[] = DW_LANGUAGES): boolean {
  const text = foldDateText(line);
  if (text.length > 40 || !/\d/u.test(text)) return false;
  const year = /(?<!\d)(?:19|20)\d\d(?!\d)/u.test(text) && text.split(/\s+/u).length <= 6;
  return NUMERIC_DATE.test(text) || year || patterns(languages, 'gregory').word.test(text);
}

/** How the language writes 6 December 2024 (CLDR's long date), for messages: "6. Dezember 2024". */
export function exampleDate(language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', calendar: 'gregory', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 11, 6)),
  );
}

/** English and German month names as printed, for telling a date apart from a counted number ("December 4" is not a figure). */
export const MONTH_NAMES: readonly string[] = [
  ...new Set([...calendarNames('en').monthForms, ...calendarNames('de').monthForms, 'Sept', 'Jänner', 'Maerz']),
];
