import { addDays, mondayOnOrAfter } from './ical';

/**
 * The dates a program's calendar box works with, pure so the build (the static .ics and its
 * link) and the box's script (the date field) compute them with the same code and cannot
 * disagree.
 */

/**
 * The start date the calendar box offers: the first Monday on or after `earliest` (the program's
 * last update, which keeps the static file the same on every build of the same content) and, when
 * the reader's `today` is known, after today as well, so the browser never offers a start that
 * has passed. While the build's date is still ahead, the field and the static file agree.
 */
export function calendarStartDate(earliest: string, today?: string): string {
  const first = mondayOnOrAfter(earliest);
  if (today === undefined) return first;
  const next = mondayOnOrAfter(addDays(today, 1));
  return next > first ? next : first;
}

/**
 * The plan week a day falls in for a reader who started on `start`: 1 on the first seven days,
 * and undefined before the start or after the last week. A block that `repeats` runs on forever,
 * so week 1 follows the last week.
 */
export function planWeekOn(
  start: string,
  today: string,
  weeks: number,
  repeats = false,
): number | undefined {
  const days = Math.round(
    (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000,
  );
  if (!Number.isFinite(days) || days < 0 || weeks < 1) return undefined;
  const index = Math.floor(days / 7);
  if (repeats) return (index % weeks) + 1;
  return index < weeks ? index + 1 : undefined;
}
