import { parseFrontmatter } from '@astrojs/markdown-remark';
import ICAL from 'ical.js';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultAnswers, type PlanAnswers } from '../../src/lib/plan-answers';
import { programCalendar } from '../../src/lib/ical';
import { buildPlan, type LibraryExercise } from '../../src/lib/plan-builder';
import { planCalendar, type PlanCalendarLabels } from '../../src/lib/plan-calendar';
import type { Equipment } from '../../src/lib/taxonomy';

const TODAY = '2026-12-05';
const dir = path.resolve(import.meta.dirname, '../../content/exercises');
const library: (LibraryExercise & { name: string })[] = readdirSync(dir)
  .filter((name) => name.endsWith('.mdx') || name.endsWith('.md'))
  .map((name) => {
    const data = parseFrontmatter(readFileSync(path.join(dir, name), 'utf8')).frontmatter;
    return {
      id: name.replace(/\.mdx?$/, ''),
      name: data.name as string,
      equipment: data.equipment as Equipment[],
    };
  });
const names = new Map(library.map((exercise) => [exercise.id, exercise.name]));

const labels: PlanCalendarLabels = {
  title: 'My strength plan',
  phases: {
    learn: 'Learn',
    build: 'Build',
    maintain: 'Maintain',
    taper: 'Taper',
    'race-week': 'Race week',
  },
  deload: 'lighter week',
  timings: {
    'after-hard-run': 'After your hard run',
    'rest-day': 'On a rest day',
    'after-easy-run': 'After an easy run',
  },
  repsInReserve: '{n} reps in reserve',
};

const eventsOf = (answers: PlanAnswers) => {
  const plan = buildPlan(answers, library, TODAY);
  const request = planCalendar(plan, {
    labels,
    names,
    planUrl: 'https://strongmiles.org/plan/?run=tue',
    uidHost: 'strongmiles.org',
    stamp: new Date('2026-12-05T08:00:00Z'),
  });
  const text = programCalendar(request.program, request.options);
  const events = new ICAL.Component(ICAL.parse(text))
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
  return { plan, events };
};

describe('planCalendar', () => {
  it.each([
    ['no race, starting on a Saturday', defaultAnswers(TODAY)],
    [
      'a marathon whose first week is short',
      {
        ...defaultAnswers(TODAY),
        raceDate: '2027-04-18',
        raceDistance: 'marathon',
        experience: 'new',
      } satisfies PlanAnswers,
    ],
    [
      'a half whose first days (week 0) hold a session',
      {
        ...defaultAnswers(TODAY),
        startDate: '2026-12-10',
        raceDate: '2027-03-14',
        raceDistance: 'half',
      } satisfies PlanAnswers,
    ],
    [
      'a 5K in three weeks',
      {
        ...defaultAnswers(TODAY),
        raceDate: '2026-12-27',
        raceDistance: '5k',
      } satisfies PlanAnswers,
    ],
  ])('%s: one event per session, each on its own date, unique UIDs', (_name, answers) => {
    const { plan, events } = eventsOf(answers);
    const sessions = plan.weeks.flatMap((week) => week.sessions);
    expect(sessions.length).toBeGreaterThan(0);
    expect(events.map((event) => event.startDate.toString())).toEqual(
      sessions.map((session) => session.date),
    );
    expect(new Set(events.map((event) => event.uid)).size).toBe(events.length);
    const weekZero = plan.weeks[0]!.number === 0 ? plan.weeks[0]!.sessions.length : 0;
    if (_name.includes('week 0')) expect(weekZero).toBeGreaterThan(0);
  });

  it('describes the session: its exercises by name, sets, reps and reps in reserve', () => {
    const { plan, events } = eventsOf(defaultAnswers(TODAY));
    const first = plan.weeks[0]!.sessions[0]!;
    const line = first.exercises.find((exercise) => exercise.rir !== undefined)!;
    expect(events[0]!.description).toContain(
      `- ${names.get(line.exercise)}: ${line.sets} x ${line.reps} (${line.rir} reps in reserve)`,
    );
    expect(events[0]!.description).toContain('https://strongmiles.org/plan/?run=tue');
    expect(events[0]!.summary).toContain('My strength plan: week 1');
  });
});
