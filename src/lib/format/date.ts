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
