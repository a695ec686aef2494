// Dates are stored as ISO calendar dates ("2024-12-01") and shown in UTC, so the
// output never depends on the build machine's time zone.
const longFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

function toUtcDate(iso: string): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO date: ${iso}`);
  return date;
}

/** "1 December 2024" */
export function formatLongDate(iso: string): string {
  return longFormat.format(toUtcDate(iso));
}

/** "1 Dec" */
export function formatShortDate(iso: string): string {
  return shortFormat.format(toUtcDate(iso));
}

const dayMonthFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** Does a sentence already name this day ("on 8 December", "8 December 2024")? Then a date label before it would repeat it. */
export function namesDay(text: string, iso: string): boolean {
  return new RegExp(`\\b${dayMonthFormat.format(toUtcDate(iso))}\\b`, 'u').test(text);
}
