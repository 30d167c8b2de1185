/**
 * Dates as readers and machines see them. Front-matter dates are calendar days (UTC midnight),
 * so formatting always uses UTC to avoid showing the previous day in western time zones.
 */

/** "21 November 2026" */
export function formatLongDate(date: Date, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "2026-11-21", for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** A date as a page shows it: the text a reader sees and the machine form for `<time>`. */
export interface DisplayDate {
  iso: string;
  text: string;
}

/** The reader's and the machine's form of a calendar date. */
export function displayDate(date: Date, locale?: string): DisplayDate {
  return { iso: isoDate(date), text: formatLongDate(date, locale) };
}
