// The dateline of a DW page: "December 1, 2024" (English pages) or
// "24. Dezember 2023" / "24.12.2023" (German pages). DW sometimes glues the
// author's name in front ("Daphne Antachopoulos14. September 2004"), so the
// date is matched at the end of the line.

export type DateLine =
  | { kind: 'date'; iso: string; language: 'en' | 'de' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'none' };

const EN_MONTHS: Record<string, number> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8,
  September: 9, October: 10, November: 11, December: 12,
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};
const DE_MONTHS: Record<string, number> = {
  Januar: 1, Jänner: 1, Februar: 2, März: 3, Maerz: 3, April: 4, Mai: 5, Juni: 6, Juli: 7, August: 8,
  September: 9, Oktober: 10, November: 11, Dezember: 12,
};

const EN_DATE = new RegExp(`(${Object.keys(EN_MONTHS).join('|')})\\.?\\s+(\\d{1,2}),\\s*(\\d{4})$`, 'u');
const DE_DATE = new RegExp(`(?<![0-9])(\\d{1,2})\\.\\s*(${Object.keys(DE_MONTHS).join('|')})\\s+(\\d{4})$`, 'u');
const DE_NUMERIC = /(?<![0-9])(\d{1,2})\.(\d{1,2})\.(\d{4})$/u;

// Anything that a reader would take for a date, so that an unsupported format
// is reported as such instead of being mistaken for the dek.
const MONTH_WORD = new RegExp(`(?<![\\p{L}])(${[...Object.keys(EN_MONTHS), ...Object.keys(DE_MONTHS)].join('|')})(?![\\p{L}])`, 'iu');
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/u;

function isoDate(year: number, month: number, day: number): DateLine {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return { kind: 'invalid', reason: `there is no day ${day} in month ${month} of ${year}` };
  }
  return { kind: 'date', iso: date.toISOString().slice(0, 10), language: 'en' };
}

function withLanguage(result: DateLine, language: 'en' | 'de'): DateLine {
  return result.kind === 'date' ? { ...result, language } : result;
}

/** Reads a dateline; `none` when the line does not look like a date at all. */
export function parseDateLine(line: string): DateLine {
  const text = line.trim();
  let m = EN_DATE.exec(text);
  if (m) return withLanguage(isoDate(Number(m[3]), EN_MONTHS[m[1] ?? ''] ?? 0, Number(m[2])), 'en');
  m = DE_DATE.exec(text);
  if (m) return withLanguage(isoDate(Number(m[3]), DE_MONTHS[m[2] ?? ''] ?? 0, Number(m[1])), 'de');
  m = DE_NUMERIC.exec(text);
  if (m) return withLanguage(isoDate(Number(m[3]), Number(m[2]), Number(m[1])), 'de');
  return { kind: 'none' };
}

/** Does a line that is not a supported dateline still look like a date (so its format is unknown)? */
export function looksLikeDate(line: string): boolean {
  const text = line.trim();
  if (text.length > 40) return false;
  const year = /(?<!\d)(?:19|20)\d\d(?!\d)/u.test(text) && text.split(/\s+/u).length <= 6;
  return NUMERIC_DATE.test(text) || year || (MONTH_WORD.test(text) && /\d/u.test(text));
}

/** Month names, for telling a date apart from a counted number ("December 4" is not a figure). */
export const MONTH_NAMES: readonly string[] = [...Object.keys(EN_MONTHS), ...Object.keys(DE_MONTHS)];
