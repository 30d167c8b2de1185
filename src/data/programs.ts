import { getCollection, type CollectionEntry } from 'astro:content';
import { isoDate } from '../lib/dates';
import { type CalendarProgram } from '../lib/ical';
import { calendarStartDate } from '../lib/program-dates';
import { pairedOrder, trainingPath } from '../lib/programs';
import { routes } from '../lib/routes';
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

/** A link to a program, for the "before this" and "after this" lines of a program page. */
export interface ProgramLink {
  title: string;
  href: string;
}

/**
 * The programs that come before and after one program: its own `previous` and `next` first,
 * then any program that names it as its `next` (before) or `previous` (after), so a branch such
 * as the home plan shows on both neighbours' pages without being written twice.
 */
export function neighbours(
  program: Program,
  programs: readonly Program[],
): { before: ProgramLink[]; after: ProgramLink[] } {
  const links = (ids: (string | undefined)[]): ProgramLink[] =>
    [...new Set(ids)].flatMap((id) => {
      const target = id === undefined ? undefined : programs.find((other) => other.id === id);
      return target ? [{ title: target.data.title, href: routes.program(target.id) }] : [];
    });
  return {
    before: links([
      program.data.previous?.id,
      ...programs.filter((other) => other.data.next?.id === program.id).map((other) => other.id),
    ]),
    after: links([
      program.data.next?.id,
      ...programs
        .filter((other) => other.data.previous?.id === program.id)
        .map((other) => other.id),
    ]),
  };
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
 * update, from the same function the calendar box's date field uses), so the static .ics is the
 * same on every build of the same content.
 */
export async function calendarOf(program: Program) {
  const names = await exerciseNames();
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
        // In the order the page shows, pairs together and labelled ("A1 Goblet squat").
        exercises: pairedOrder(session.exercises).map(({ line, label }) => ({
          name: [
            label,
            [line.exercise, ...line.alternatives]
              .map((ref, index) => (index === 0 ? nameOf(ref.id) : `or ${nameOf(ref.id)}`))
              .join(', '),
          ]
            .filter(Boolean)
            .join(' '),
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
    defaultStart: calendarStartDate(isoDate(program.data.updatedDate)),
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
