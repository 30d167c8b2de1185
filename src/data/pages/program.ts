import { render } from 'astro:content';
import { routes } from '../../lib/routes';
import { exercisePlanJsonLd } from '../../lib/seo';
import { LEVELS } from '../../lib/taxonomy';
import { ui } from '../../ui';
import { getPublishedExercises } from '../exercises';
import { ogImage } from '../og';
import { calendarOf, getPublishedPrograms, type Program } from '../programs';
import { citationsOf, referenceListItems } from '../references';
import { absolute, breadcrumbs, siteIdentity, type PageHead } from '../site';

/** One page per published program (also used by its calendar file and plan data). */
export async function programPaths() {
  const programs = await getPublishedPrograms();
  return programs.map((program) => ({ params: { id: program.id }, props: { program } }));
}

/** One session of the plan as its table shows it. */
export interface PlanSession {
  caption: string;
  details: string;
  lines: {
    /** The exercise's page, or none when the exercise is not published. */
    href: string | undefined;
    name: string;
    setsReps: string;
    rest: string;
    notes: string | undefined;
  }[];
}

/** Everything a program page renders. */
export async function programPage(program: Program) {
  const data = program.data;
  const path = routes.program(program.id);
  const { Content, remarkPluginFrontmatter } = await render(program);
  const published = new Map(
    (await getPublishedExercises()).map((exercise) => [exercise.id, exercise]),
  );
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
          sessionsPerWeek: data.sessionsPerWeek,
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
    description: data.description,
    facts: [
      { label: ui.level, value: LEVELS[data.level].label },
      { label: ui.programLength, value: ui.weeks(data.weeks) },
      { label: ui.sessionsPerWeek, value: data.sessionsPerWeek },
      { label: ui.sessionLength, value: data.sessionLength },
    ],
    Content,
    calendar: {
      programId: program.id,
      dataHref: routes.programCalendarData(program.id),
      programUrl: absolute(path),
      uidHost: new URL(siteIdentity().origin).hostname,
      staticHref: routes.programCalendar(program.id),
      staticStart: calendar.defaultStart,
    },
    weeks: data.plan.map((week) => ({
      id: `week-${week.week}`,
      heading: ui.week(week.week),
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
        lines: session.exercises.map((line) => {
          const exercise = published.get(line.exercise.id);
          return {
            href: exercise && routes.exercise(exercise.id),
            name: exercise ? exercise.data.name : line.exercise.id.replaceAll('-', ' '),
            setsReps: `${line.sets} × ${line.reps}`,
            rest: line.rest,
            notes: line.notes,
          };
        }),
      })),
    })),
    references: await referenceListItems(citationsOf(remarkPluginFrontmatter), program.filePath),
  };
}
