import { z } from 'astro/zod';
import { impossibleDateReason } from '../lib/calendar-dates';
import { isoDate } from '../lib/dates';
import { CHANGE_TYPE_KEYS } from '../lib/taxonomy';
import { typeset } from '../lib/typography';
import { line, oneOf } from './shared';

/** Longest summary: one sentence a reader takes in at a glance on the changes page. */
export const CHANGE_SUMMARY_MAX = 200;

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A change's date: YAML gives a Date for `2026-12-04`; a quoted value must be written the same
 * way and be a real day. (An unquoted impossible day is rolled over by YAML before it gets
 * here; src/lib/calendar-dates.ts catches that one in the build.)
 */
const changeDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) return value;
  } else {
    const parts = DATE_TEXT.exec(value.trim());
    const reason = parts
      ? impossibleDateReason(Number(parts[1]), Number(parts[2]), Number(parts[3]))
      : 'it is not written as YYYY-MM-DD';
    if (reason === undefined) return new Date(`${value.trim()}T00:00:00Z`);
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a day on the calendar (${reason}); write a real date as YYYY-MM-DD, for example 2026-12-04`,
    });
    return z.NEVER;
  }
  ctx.addIssue({
    code: 'custom',
    message: 'must be a date written as YYYY-MM-DD, for example 2026-12-04',
  });
  return z.NEVER;
});

/** One dated entry in a page's public change history. */
export const changeSchema = z
  .object(
    {
      /** The day the change was published, YYYY-MM-DD. */
      date: changeDate,
      /** correction (something was wrong), clarification (wording) or update (new material). */
      type: oneOf(CHANGE_TYPE_KEYS, 'change type'),
      /** One sentence a reader understands, without our internal jargon. */
      summary: line('one sentence saying what changed')
        .max(CHANGE_SUMMARY_MAX, {
          error: (issue) =>
            `is ${String(issue.input).trim().length} characters; keep it to one sentence of at most ${CHANGE_SUMMARY_MAX}`,
        })
        .refine((text) => !/[\r\n]/.test(text), {
          error: 'must be one line: one sentence saying what changed',
        })
        .transform(typeset),
    },
    {
      error: (issue) => {
        if (issue.code === 'unrecognized_keys')
          return `has an unknown field ${issue.keys.map((key) => `"${key}"`).join(', ')}; a change has only date, type and summary`;
        if (issue.code === 'invalid_type')
          return 'each change must be written as date, type and summary';
        return undefined;
      },
    },
  )
  .strict();

/** The optional `changes` front-matter list of articles and programs. */
export const changesSchema = z
  .array(changeSchema, {
    error: 'must be a list of changes (- date: ..., type: ..., summary: ...)',
  })
  .default([]);

export type Change = z.infer<typeof changeSchema>;

/**
 * Date rules that need the page's other dates: a change cannot predate publication, and cannot
 * be newer than `updatedDate`, which is what the page, its structured data (`dateModified`) and
 * the sitemap show as the last change.
 */
export function checkChangeDates(
  data: { pubDate: Date; updatedDate: Date; changes: readonly Change[] },
  ctx: z.RefinementCtx,
): void {
  data.changes.forEach((change, index) => {
    if (change.date > data.updatedDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['changes', index, 'date'],
        message: `${isoDate(change.date)} is after updatedDate (${isoDate(data.updatedDate)}): set updatedDate to ${isoDate(change.date)} or later, so the page's last-updated date includes this change`,
      });
    }
    if (change.date < data.pubDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['changes', index, 'date'],
        message: `${isoDate(change.date)} is before pubDate (${isoDate(data.pubDate)}): the change history starts when the page is published`,
      });
    }
  });
}
