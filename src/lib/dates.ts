/**
 * Dates as readers and machines see them. Front-matter dates are calendar days (UTC midnight),
 * so formatting always uses UTC to avoid showing the previous day in western time zones.
 */

/**
 * One formatter per locale for the whole build: creating one costs about a millisecond, and a
 * build formats every listed article's date on every page that lists it (1.9 s of CPU in a
 * 1,000-article build before this).
 */
const longDateFormats = new Map<string, Intl.DateTimeFormat>();

/** "21 November 2026" */
export function formatLongDate(date: Date, locale = 'en-US'): string {
  let format = longDateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    longDateFormats.set(locale, format);
  }
  return format.format(date);
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

/** The dates a page's header can show, in the order it shows them. */
export type PageDateKind = 'published' | 'updated' | 'reviewed';

/**
 * The dates worth showing in a page's header: "Updated" only when it differs from "Published",
 * and "Evidence last checked" only when it differs from both, so a reader never sees the same
 * day two or three times over.
 */
export function distinctPageDates(dates: Record<PageDateKind, Date>): {
  kind: PageDateKind;
  date: Date;
}[] {
  const shown: { kind: PageDateKind; date: Date }[] = [];
  for (const kind of ['published', 'updated', 'reviewed'] as const) {
    const day = isoDate(dates[kind]);
    if (shown.some((earlier) => isoDate(earlier.date) === day)) continue;
    shown.push({ kind, date: dates[kind] });
  }
  return shown;
}

/**
 * For a list sorted newest first, the date each item shows: only the first item of each day
 * keeps its date, so a run of articles published the same day reads as one dated group instead
 * of the same date on every card.
 */
export function datedOncePerDay<T extends { published?: DisplayDate | undefined }>(
  items: readonly T[],
): T[] {
  return items.map((item, index) =>
    index > 0 && items[index - 1]?.published?.iso === item.published?.iso
      ? { ...item, published: undefined }
      : item,
  );
}
