import { z } from 'astro/zod';
import { LEVEL_KEYS } from '../lib/taxonomy';
import { changesSchema, checkChangeDates } from './changes';
import { calendarDate, line, oneOf, type ReferenceFactory } from './shared';

/** `content/programs/<id>.mdx`: a training plan as data (weeks, sessions, exercises); prose in the body. */
export function programSchema({ reference }: { reference: ReferenceFactory }) {
  const prescription = z
    .object({
      /** The exercise, by id. */
      exercise: reference('exercises'),
      /** Number of sets. */
      sets: z.number().int().positive(),
      /** Reps or time per set, as written on the plan: "10", "8-12", "6/side", "30 s". */
      reps: line('reps or time per set'),
      /** Rest between sets, for example "60 s" or "2 min". */
      rest: line('the rest between sets'),
      /** Optional coaching note for this line. */
      notes: z.string().optional(),
    })
    .strict();

  const session = z
    .object({
      /** Short label used in tables and the calendar: "A", "B", "M1". */
      id: line('the session id'),
      /** What the session is about. */
      title: line('the session title'),
      /** Optional sessions are marked as such in the tables and the calendar. */
      optional: z.boolean().default(false),
      /** Estimated length in minutes, excluding the warm-up. */
      minutes: z.number().int().positive(),
      /** The exercises, in order. */
      exercises: z.array(prescription).min(1),
    })
    .strict();

  return z
    .object({
      title: line('the program title'),
      /** One sentence for search snippets and previews (50-160 characters). */
      description: z.string().trim().min(50).max(160),
      level: oneOf(LEVEL_KEYS, 'level'),
      /** Number of weeks; must equal the length of `plan`. */
      weeks: z.number().int().positive(),
      /** Typical sessions per week, for example "2-3". */
      sessionsPerWeek: line('sessions per week'),
      /** Typical session length, for example "20-30 min". */
      sessionLength: line('session length'),
      pubDate: calendarDate,
      updatedDate: calendarDate,
      reviewedDate: calendarDate,
      /** The plan: one entry per week, each with its sessions. */
      plan: z
        .array(
          z
            .object({
              week: z.number().int().positive(),
              /** One line on what this week is for. */
              focus: line('the week focus'),
              sessions: z.array(session).min(1),
            })
            .strict(),
        )
        .min(1),
      draft: z.boolean().default(false),
      /** The public change history: dated corrections, clarifications and updates. */
      changes: changesSchema,
    })
    .strict()
    .superRefine((data, ctx) => {
      checkChangeDates(data, ctx);
      if (data.plan.length !== data.weeks) {
        ctx.addIssue({
          code: 'custom',
          path: ['plan'],
          message: `has ${data.plan.length} weeks but "weeks" says ${data.weeks}: make them match`,
        });
      }
      data.plan.forEach((week, index) => {
        if (week.week !== index + 1) {
          ctx.addIssue({
            code: 'custom',
            path: ['plan', index, 'week'],
            message: `should be ${index + 1}: weeks are numbered 1, 2, 3... in order`,
          });
        }
      });
    });
}
