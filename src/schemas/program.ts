import { z } from 'astro/zod';
import { checkProgram } from '../lib/program-rules';
import { pairProblems } from '../lib/programs';
import { typeset } from '../lib/typography';
import { EQUIPMENT_KEYS, LEVEL_KEYS, RUN_KIND_KEYS, WEEK_PHASE_KEYS } from '../lib/taxonomy';
import { changesSchema, checkChangeDates } from './changes';
import { calendarDate, cardLine, line, oneOf, prose, text, type ReferenceFactory } from './shared';

/** `content/programs/<id>.mdx`: a training plan as data (weeks, sessions, exercises); prose in the body. */
export function programSchema({ reference }: { reference: ReferenceFactory }) {
  const prescription = z
    .object({
      /** The exercise, by id. */
      exercise: reference('exercises'),
      /** Other exercises that can stand in for it at the same sets and reps ("or back squat"). */
      alternatives: z.array(reference('exercises')).default([]),
      /** Number of sets. */
      sets: z.number().int().positive(),
      /** Reps or time per set, as written on the plan: "10", "8-12", "6/side", "30 s". */
      reps: prose('reps or time per set'),
      /** Reps in reserve: how many more good reps you could still do when you end each set. */
      rir: z
        .number({ error: 'must be a whole number of reps in reserve, from 0 to 5' })
        .int({ error: 'must be a whole number of reps in reserve, from 0 to 5' })
        .min(0, { error: 'must be a whole number of reps in reserve, from 0 to 5' })
        .max(5, { error: 'must be a whole number of reps in reserve, from 0 to 5' })
        .optional(),
      /** Rest between sets, for example "60 s" or "2 min". */
      rest: prose('the rest between sets'),
      /** Optional coaching note for this line. */
      notes: text().transform(typeset).optional(),
      /**
       * A letter two lines of a session share when they are done in alternation (a superset):
       * the page shows them together, labelled A1 and A2. Only where the plan says to alternate.
       */
      pair: z
        .string()
        .regex(/^[A-Z]$/, {
          error:
            'must be one capital letter (A, B, C...), shared by the two exercises done in alternation',
        })
        .optional(),
    })
    .strict();

  const session = z
    .object({
      /** Short label used in tables and the calendar: "A", "B", "M1". */
      id: line('the session id'),
      /** What the session is about. */
      title: prose('the session title'),
      /** Optional sessions are marked as such in the tables and the calendar. */
      optional: z.boolean().default(false),
      /** Estimated length in minutes, excluding the warm-up; within `sessionMinutes`. */
      minutes: z.number().int().positive(),
      /** The exercises, in order. */
      exercises: z.array(prescription).min(1),
    })
    .strict()
    .superRefine((data, ctx) => {
      for (const problem of pairProblems(data.exercises)) {
        ctx.addIssue({
          code: 'custom',
          path: ['exercises', problem.index, 'pair'],
          message: problem.message,
        });
      }
    });

  /** One day of a sample week: the run (none on a rest day) and the strength session, if any. */
  const day = z
    .object({
      /** The kind of run that day; leave it out on a day without running. */
      run: oneOf(RUN_KIND_KEYS, 'kind of run').optional(),
      /** The run's name when it helps ("intervals", "tempo"). */
      runName: text().trim().min(1).transform(typeset).optional(),
      /** The strength session that day, by its id in the plan. */
      lift: text().trim().min(1).optional(),
      /** A short note on the session ("week-4 dose, no jumps"). */
      note: text().trim().min(1).transform(typeset).optional(),
    })
    .strict();

  return z
    .object({
      title: cardLine('the program title'),
      /** One sentence for search snippets and previews (50-160 characters). */
      description: text('a description').trim().min(50).max(160).transform(typeset),
      level: oneOf(LEVEL_KEYS, 'level'),
      /** Who the program is for, in a sentence or two: the first thing its page says. */
      audience: prose('who the program is for'),
      /** The program to do before this one, if any: linked from the page. */
      previous: reference('programs').optional(),
      /** The program to move on to afterwards, if any: linked from the page. */
      next: reference('programs').optional(),
      /** Everything the sessions use; every exercise must be possible with it (bodyweight is implied). */
      equipment: z
        .array(oneOf(EQUIPMENT_KEYS, 'equipment value'))
        .min(1, { error: 'needs at least one equipment value (bodyweight if none)' }),
      /** The equipment in the reader's words: weights, ranges, what stands in for a bench. */
      equipmentNote: prose('what the equipment means in practice'),
      /** Number of weeks; must equal the length of `plan`. */
      weeks: z.number().int().positive(),
      /** The block is repeated back to back (an in-season block), so week 1 follows the last week. */
      repeats: z.boolean().default(false),
      /** The stated session length, warm-up excluded; every session's `minutes` must fit. */
      sessionMinutes: z
        .object({
          min: z.number().int().positive(),
          max: z.number().int().positive(),
        })
        .strict(),
      /** Minutes of warm-up before each session. */
      warmUpMinutes: z.number().int().min(0),
      /** The heaviest lifts: how to choose a first weight and how a set should feel. */
      mainLifts: z
        .array(
          z
            .object({
              exercise: reference('exercises'),
              /** How to find your starting weight. */
              start: prose('how to choose the starting weight'),
              /** A reps-in-reserve example: how the end of a set should feel. */
              feel: prose('how the end of a set should feel'),
            })
            .strict(),
        )
        .min(1, { error: 'needs at least one main lift, with starting-weight guidance' }),
      /** Example running weeks with the sessions placed (Monday first); the first sets the calendar days. */
      sampleWeeks: z
        .array(
          z
            .object({
              /** Who the week suits: "3 easy runs", "10 km race week". */
              label: prose('the sample week label'),
              days: z.array(day).length(7, { error: 'must list exactly 7 days, Monday first' }),
            })
            .strict(),
        )
        .min(1, { error: 'needs at least one sample week' }),
      pubDate: calendarDate,
      updatedDate: calendarDate,
      reviewedDate: calendarDate,
      /** The plan: one entry per week, each with its sessions. */
      plan: z
        .array(
          z
            .object({
              week: z.number().int().positive(),
              /** What the week is for; deload and taper weeks must have fewer sets. */
              phase: oneOf(WEEK_PHASE_KEYS, 'week phase'),
              /** One line on what this week is for. */
              focus: prose('the week focus'),
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
      for (const problem of checkProgram(data)) {
        ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
      }
    });
}
