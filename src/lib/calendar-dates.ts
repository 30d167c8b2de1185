import { isPair, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { ContentProblem } from './content-errors';

/**
 * YAML reads an unquoted `2026-02-30` as a date and rolls it over to 2 March before any schema
 * sees it (and JavaScript's Date does the same with the quoted string), so a day that does not
 * exist would quietly become another one. This check reads the front matter's YAML as written
 * and reports every YYYY-MM-DD value that is not a day on the calendar, with its line and field.
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

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The YAML between a file's opening and closing `---` lines, and the line the YAML starts on. */
function frontMatterBlock(source: string): { yaml: string; firstLine: number } | undefined {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0] !== '---') return undefined;
  const close = lines.indexOf('---', 1);
  if (close < 0) return undefined;
  return { yaml: lines.slice(1, close).join('\n'), firstLine: 2 };
}

/**
 * Every impossible date in a content file's front matter. `file` is the path shown to the
 * writer; line numbers count from the top of the file (the opening `---` is line 1). The YAML is
 * read with the YAML 1.2 core schema, which has no timestamp type, so every date stays the
 * string the writer typed (quoted or not) and each one can be checked as written.
 */
export function findImpossibleDates(source: string, file: string): ContentProblem[] {
  const block = frontMatterBlock(source);
  if (!block) return [];
  const lineCounter = new LineCounter();
  const document = parseDocument(block.yaml, { schema: 'core', lineCounter });
  const problems: ContentProblem[] = [];
  visit(document, {
    Scalar(key, node, path) {
      // Only values: a key that looks like a date is not a date field.
      if (key === 'key' || typeof node.value !== 'string') return;
      const day = ISO_DAY.exec(node.value);
      if (!day) return;
      const reason = impossibleDateReason(Number(day[1]), Number(day[2]), Number(day[3]));
      if (reason === undefined) return;
      problems.push({
        file,
        line: lineCounter.linePos(node.range?.[0] ?? 0).line + block.firstLine - 1,
        field: fieldPath(path, key),
        value: node.value,
        problem: `is not a day on the calendar (${reason})`,
        valid: 'a real date written as YYYY-MM-DD, for example 2026-12-04',
      });
    },
  });
  return problems;
}

/** "changes[1].date" from the nodes above a value and its own key or index. */
function fieldPath(ancestors: readonly unknown[], key: number | 'value' | 'key' | null): string {
  let field = '';
  for (const [index, node] of ancestors.entries()) {
    if (isPair(node) && isScalar(node.key)) field += `${field ? '.' : ''}${String(node.key.value)}`;
    if (isSeq(node)) {
      const child = ancestors[index + 1] ?? null;
      const position = child === null ? key : node.items.indexOf(child as never);
      field += `[${String(position)}]`;
    }
  }
  return field;
}
