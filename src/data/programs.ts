import { getCollection, type CollectionEntry } from 'astro:content';
import { isoDate } from '../lib/dates';
import { mondayOnOrAfter, type CalendarProgram } from '../lib/ical';
import { trainingPath } from '../lib/programs';
import { isVisible } from '../lib/publishing';
import { assertContentGraph } from './content-graph';
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
 * The published programs as one training path (each step the `next` of the one before) and the
 * branches off it, such as a home plan for runners who never use a gym.
 */
export async function getTrainingPath(): Promise<{ steps: Program[]; branches: Program[] }> {
  const programs = await getPublishedPrograms();
  const byId = new Map(programs.map((program) => [program.id, program]));
  const path = trainingPath(
    programs.map((program) => ({
      id: program.id,
      previous: program.data.previous?.id,
      next: program.data.next?.id,
    })),
  );
  const known = (ids: readonly string[]) =>
    ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  return { steps: known(path.steps), branches: known(path.branches.map((branch) => branch.id)) };
}

/**
 * Everything the calendar generator needs for a program: the plan with exercise names (and the
 * alternatives and reps in reserve), each session on its day of the first sample week, and a
 * default start date derived from the program's own dates (the Monday on or after its last
 * update), so the static .ics is the same on every build of the same content.
 */
export async function calendarOf(program: Program) {
  const names = new Map(
    (await getCollection('exercises')).map((exercise) => [exercise.id, exercise.data.name]),
  );
  const nameOf = (id: string) => names.get(id) ?? id;
  const days = sessionDays(program);
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
        day: days.get(session.id),
        exercises: session.exercises.map((line) => ({
          name: [line.exercise, ...line.alternatives]
            .map((ref, index) => (index === 0 ? nameOf(ref.id) : `or ${nameOf(ref.id)}`))
            .join(', '),
          sets: line.sets,
          reps: line.rir === undefined ? line.reps : `${line.reps} (${line.rir} in reserve)`,
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

/** The day of the week (0 = Monday) each session falls on in the program's first sample week. */
function sessionDays(program: Program): Map<string, number> {
  const days = new Map<string, number>();
  program.data.sampleWeeks[0]?.days.forEach((day, index) => {
    if (day.lift !== undefined && !days.has(day.lift)) days.set(day.lift, index);
  });
  return days;
}
