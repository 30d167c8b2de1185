import { getCollection, type CollectionEntry } from 'astro:content';
import { isoDate } from '../lib/dates';
import { mondayOnOrAfter, type CalendarProgram } from '../lib/ical';
import { isVisible } from '../lib/publishing';
import { assertContentGraph } from './content-graph';
import { exerciseNames } from './exercises';
import { publishing } from './publishing';

/** The only module that queries the programs collection. */

export type Program = CollectionEntry<'programs'>;

/** Programs this build shows, shortest first (beginner plans before maintenance blocks). */
export async function getPublishedPrograms(): Promise<Program[]> {
  await assertContentGraph();
  const entries = await getCollection('programs', ({ data }) => isVisible(data, publishing));
  return entries.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

/**
 * Everything the calendar generator needs for a program: the plan with exercise names, and a
 * default start date derived from the program's own dates (the Monday on or after its last
 * update), so the static .ics is the same on every build of the same content.
 */
export async function calendarOf(program: Program) {
  const names = await exerciseNames();
  const calendarProgram: CalendarProgram = {
    id: program.id,
    title: program.data.title,
    plan: program.data.plan.map((week) => ({
      week: week.week,
      focus: week.focus,
      sessions: week.sessions.map((session) => ({
        id: session.id,
        title: session.title,
        optional: session.optional,
        minutes: session.minutes,
        exercises: session.exercises.map((line) => ({
          name: names.get(line.exercise.id) ?? line.exercise.id,
          sets: line.sets,
          reps: line.reps,
          rest: line.rest,
          notes: line.notes,
        })),
      })),
    })),
  };
  return {
    program: calendarProgram,
    defaultStart: mondayOnOrAfter(isoDate(program.data.updatedDate)),
    stamp: program.data.updatedDate,
  };
}
