import type { ContentProblem } from './content-errors';

/**
 * YAML reads an unquoted `2026-02-30` as a date and rolls it over to 2 March before any schema
 * sees it (and JavaScript's Date does the same with the quoted string), so a day that does not
 * exist would quietly become another one. This check reads the front matter as written and
 * reports every YYYY-MM-DD value that is not a day on the calendar, with its line and field.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Days in a month of the Gregorian calendar (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a YYYY-MM-DD triple is not a real day, or undefined when it is one. */
export function impossibleDateReason(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  return undefined;
}

const TOP_LEVEL_KEY = /^([A-Za-z_][\w-]*)\s*:/;
const LIST_ITEM = /^(\s*)-(?:\s|$)/;
const DATE_VALUE =
  /^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:\s*(['"]?)(\d{4})-(\d{2})-(\d{2})\2\s*(?:#.*)?$/;

/**
 * Every impossible date in a content file's front matter. `file` is the path shown to the
 * writer; line numbers count from the top of the file (the opening `---` is line 1).
 */
export function findImpossibleDates(source: string, file: string): ContentProblem[] {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
  if (!match) return [];
  const lines = match[1]!.split(/\r?\n/);
  const problems: ContentProblem[] = [];
  let topKey = '';
  let itemIndent: number | undefined;
  let itemIndex = -1;

  lines.forEach((text, index) => {
    const top = TOP_LEVEL_KEY.exec(text);
    if (top) {
      topKey = top[1]!;
      itemIndent = undefined;
      itemIndex = -1;
    }
    const item = LIST_ITEM.exec(text);
    if (item && !top) {
      const indent = item[1]!.length;
      itemIndent ??= indent;
      if (indent === itemIndent) itemIndex += 1;
    }
    const date = DATE_VALUE.exec(text);
    if (!date) return;
    const [, key, , year, month, day] = date as unknown as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const reason = impossibleDateReason(Number(year), Number(month), Number(day));
    if (reason === undefined) return;
    problems.push({
      file,
      line: index + 2,
      field: top ? key : itemIndex >= 0 ? `${topKey}[${itemIndex}].${key}` : `${topKey}.${key}`,
      value: `${year}-${month}-${day}`,
      problem: `is not a day on the calendar (${reason})`,
      valid: 'a real date written as YYYY-MM-DD, for example 2026-12-04',
    });
  });
  return problems;
}
