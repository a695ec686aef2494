// Turns the relative dates of a news report ("on Sunday", "Saturday evening",
// "overnight", "yesterday") into calendar dates, relative to the day the
// report was published. A weekday means the latest such day on or before
// publication: in a report of Sunday 1 December 2024, "on Sunday" is 1
// December and "Saturday evening" is 30 November. Pure date arithmetic in UTC.

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DAY_MS = 86_400_000;

function toUtc(iso: string): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) throw new RangeError(`not an ISO date: ${iso}`);
  return date;
}

export function addDays(iso: string, days: number): string {
  return new Date(toUtc(iso).getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export function weekdayOf(iso: string): Weekday {
  return WEEKDAYS[toUtc(iso).getUTCDay()] as Weekday;
}

/** The latest `weekday` on or before `published` (same day when the report came out on that weekday). */
export function resolveWeekday(published: string, weekday: Weekday): string {
  const back = (toUtc(published).getUTCDay() - WEEKDAYS.indexOf(weekday) + 7) % 7;
  return addDays(published, -back);
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

/**
 * A day of a month written without a year ("December 4", "4 December",
 * "Dec. 4", with or without ", 2024"): the year is the given one, or else the
 * latest year that puts the day on or before publication.
 */
export function resolveMonthDay(published: string, monthName: string, day: number, year?: number): string | undefined {
  const month = MONTHS[monthName.toLowerCase().replace(/\.$/u, '')];
  if (month === undefined || day < 1 || day > 31) return undefined;
  const build = (y: number) => {
    const iso = `${String(y).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    try {
      toUtc(iso);
      return iso;
    } catch {
      return undefined;
    }
  };
  if (year !== undefined) return build(year);
  const thisYear = Number(published.slice(0, 4));
  const candidate = build(thisYear);
  return candidate !== undefined && candidate <= published ? candidate : build(thisYear - 1);
}

const dayLabel = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "Wednesday 27 November": a timeline day's heading. */
export function formatDayLabel(iso: string): string {
  return dayLabel.format(toUtc(iso)).replace(',', '');
}
