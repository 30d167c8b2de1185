import { render } from 'astro:content';
import {
  sessionLengthLabel,
  pairedOrder,
  sessionsPerWeekLabel,
  weekAtAGlance,
  type WeekGlance,
} from '../../lib/programs';
import { routes } from '../../lib/routes';
import { nonBreakingNumberHyphens } from '../../lib/typography';
import { exercisePlanJsonLd } from '../../lib/seo';
import { EQUIPMENT, LEVELS, WEEK_PHASES } from '../../lib/taxonomy';
import { ui } from '../../ui';
import { getPublishedExercises, type Exercise } from '../exercises';
import { ogImage } from '../og';
import { calendarOf, getPublishedPrograms, neighbours, type Program } from '../programs';
import { citationsOf, referenceListItems } from '../references';
import { absolute, breadcrumbs, siteIdentity, type PageHead } from '../site';

/** One page per published program (also used by its calendar file and plan data). */
export async function programPaths() {
  const programs = await getPublishedPrograms();
  return programs.map((program) => ({ params: { id: program.id }, props: { program } }));
}

/** An exercise named in a plan: linked to its page, or only named when it is not published. */
export interface PlanExercise {
  href: string | undefined;
  name: string;
}

/** One session of the plan as its table shows it. */
export interface PlanSession {
  caption: string;
  details: string;
  lines: {
    /** "A1", "A2": the line's place in a pair done in alternation; none for a line on its own. */
    pairLabel: string | undefined;
    exercise: PlanExercise;
    /** Exercises that can stand in at the same sets and reps. */
    alternatives: PlanExercise[];
    setsReps: string;
    /** "2 in reserve", on the lines of main lifts. */
    repsInReserve: string | undefined;
    rest: string;
    notes: string | undefined;
  }[];
}

function planExercise(id: string, published: ReadonlyMap<string, Exercise>): PlanExercise {
  const exercise = published.get(id);
  return exercise
    ? { href: routes.exercise(exercise.id), name: exercise.data.name }
    : { href: undefined, name: id.replaceAll('-', ' ') };
}

/** The id of a week's section, the target of the week selector and the glance. */
const weekId = (week: number) => `week-${week}`;

/** What changes in a week, in a few words: new sessions, new exercises, then the sets. */
function glanceChange(week: WeekGlance, published: ReadonlyMap<string, Exercise>): string {
  if (week.week === 1) return ui.glanceFirstWeek;
  const parts = [
    ...week.newSessions.map(({ id, optional }) => ui.glanceNewSession(id, optional)),
    ...(week.newExercises.length > 0
      ? [ui.glanceNewExercises(week.newExercises.map((id) => planExercise(id, published).name))]
      : []),
    ...(week.setsChange === 0 ? [] : [ui.glanceSets(week.setsChange)]),
  ];
  return parts.length > 0 ? parts.join('; ') : ui.glanceSame;
}

/** Everything a program page renders. */
export async function programPage(program: Program) {
  const data = program.data;
  const path = routes.program(program.id);
  const { Content, remarkPluginFrontmatter } = await render(program);
  const published = new Map(
    (await getPublishedExercises()).map((exercise) => [exercise.id, exercise]),
  );
  const { before, after } = neighbours(program, await getPublishedPrograms());
  const calendar = await calendarOf(program);
  const image = ogImage({ kind: 'program', slug: program.id, title: data.title });
  const exerciseNames = [
    ...new Set(
      calendar.program.plan.flatMap((week) =>
        week.sessions.flatMap((session) => session.exercises.map((line) => line.name)),
      ),
    ),
  ];
  const head: PageHead = {
    title: data.title,
    description: data.description,
    image,
    jsonLd: [
      exercisePlanJsonLd(
        {
          title: data.title,
          description: data.description,
          path,
          weeks: data.weeks,
          sessionsPerWeek: sessionsPerWeekLabel(data.plan),
          published: data.pubDate,
          modified: data.updatedDate,
          image,
          exercises: exerciseNames,
        },
        siteIdentity(),
      ),
      breadcrumbs([
        { name: ui.programs, path: routes.programs() },
        { name: data.title, path },
      ]),
    ],
  };
  return {
    head,
    title: data.title,
    /** The H1: the title with number hyphens that do not break (src/lib/typography.ts). */
    heading: nonBreakingNumberHyphens(data.title),
    description: data.description,
    facts: [
      { label: ui.level, value: LEVELS[data.level].label },
      { label: ui.programLength, value: ui.programWeeks(data.weeks, data.repeats) },
      { label: ui.sessionsPerWeek, value: sessionsPerWeekLabel(data.plan) },
      {
        label: ui.sessionLength,
        value: sessionLengthLabel(data.sessionMinutes, data.warmUpMinutes),
      },
    ],
    overview: {
      audience: data.audience,
      equipmentNote: data.equipmentNote,
      equipment: data.equipment.map((key) => EQUIPMENT[key].label),
      before,
      after,
    },
    mainLifts: data.mainLifts.map((lift) => ({
      ...planExercise(lift.exercise.id, published),
      start: lift.start,
      feel: lift.feel,
    })),
    sampleWeeks: data.sampleWeeks,
    optionalSessions: new Set(
      data.plan.flatMap((week) =>
        week.sessions.filter((session) => session.optional).map((session) => session.id),
      ),
    ),
    Content,
    calendar: {
      programId: program.id,
      dataHref: routes.programCalendarData(program.id),
      programUrl: absolute(path),
      uidHost: new URL(siteIdentity().origin).hostname,
      staticHref: routes.programCalendar(program.id),
      staticStart: calendar.defaultStart,
    },
    weekNav: {
      weeks: data.weeks,
      repeats: data.repeats,
      links: data.plan.map((week) => ({
        href: `#${weekId(week.week)}`,
        label: String(week.week),
        name: ui.week(week.week),
      })),
    },
    glance: weekAtAGlance(data.plan).map((week) => ({
      href: `#${weekId(week.week)}`,
      heading: ui.week(week.week),
      phase: WEEK_PHASES[week.phase].label,
      sessions: ui.glanceSessions(
        week.sessions.map(({ id, optional }) => (optional ? `${id} (${ui.optional})` : id)),
      ),
      change: glanceChange(week, published),
    })),
    hasPairs: data.plan.some((week) =>
      week.sessions.some((session) => session.exercises.some((line) => line.pair !== undefined)),
    ),
    weeks: data.plan.map((week) => ({
      id: weekId(week.week),
      heading: ui.week(week.week),
      phase: WEEK_PHASES[week.phase].label,
      focus: week.focus,
      sessions: week.sessions.map((session): PlanSession => ({
        caption: ui.sessionCaption(session.id, session.title),
        details: [
          '',
          ui.sessionMinutes(session.minutes),
          ...(session.optional ? [ui.optional] : []),
        ]
          .join(' · ')
          .trim(),
        lines: pairedOrder(session.exercises).map(({ line, label }) => ({
          pairLabel: label,
          exercise: planExercise(line.exercise.id, published),
          alternatives: line.alternatives.map((ref) => planExercise(ref.id, published)),
          setsReps: `${line.sets} × ${line.reps}`,
          repsInReserve: line.rir === undefined ? undefined : ui.repsInReserve(line.rir),
          rest: line.rest,
          notes: line.notes,
        })),
      })),
    })),
    references: await referenceListItems(citationsOf(remarkPluginFrontmatter), program.filePath),
    changes: {
      changes: data.changes,
      noun: 'plan' as const,
      title: data.title,
      url: absolute(path),
    },
  };
}
