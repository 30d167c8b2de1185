import { parseFrontmatter } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { headingIdsOf } from '../../src/integrations/content/headings.ts';
import {
  dayNumber,
  defaultAnswers,
  isoDay,
  PLAN_EQUIPMENT,
  weekdayOf,
  type PlanAnswers,
} from '../../src/lib/plan-answers';
import {
  buildPlan,
  HORIZON_WEEKS,
  PLAN_EXERCISE_IDS,
  PLAN_RULES,
  planAsRuleProgram,
  planDays,
  planRuleProblems,
  type LibraryExercise,
  type Plan,
} from '../../src/lib/plan-builder';
import type { RuleDay, RuleProgram } from '../../src/lib/program-rules';
import { routes, withFragment } from '../../src/lib/routes';
import { WEEK_PHASES, type Equipment } from '../../src/lib/taxonomy';
import { programSchema } from '../../src/schemas/program';
import type { ReferenceFactory } from '../../src/schemas/shared';
import { validAnswers } from './helpers/plan-answers';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TODAY = '2026-12-05';
const todayNumber = dayNumber(TODAY)!;

/** Front matter of every file in a content folder, by id. */
function frontMatters(folder: string): Map<string, Record<string, unknown>> {
  const dir = path.join(ROOT, 'content', folder);
  return new Map(
    readdirSync(dir)
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => [
        name.replace(/\.mdx?$/, ''),
        parseFrontmatter(readFileSync(path.join(dir, name), 'utf8')).frontmatter,
      ]),
  );
}

const library: LibraryExercise[] = [...frontMatters('exercises')].map(([id, data]) => ({
  id,
  equipment: data.equipment as Equipment[],
  muscles: [...(data.primaryMuscles as string[]), ...((data.secondaryMuscles ?? []) as string[])],
}));
const equipmentOf = new Map(library.map((exercise) => [exercise.id, exercise.equipment]));

const answersWith = (changes: Partial<PlanAnswers>): PlanAnswers => ({
  ...defaultAnswers(TODAY),
  ...changes,
});
const inDays = (days: number) => isoDay(todayNumber + days);
const sessionsOf = (plan: Plan) => plan.weeks.flatMap((week) => week.sessions);

/*
 * The rules, written here a second time and independently of program-rules.ts, over the form
 * both fixed programs and generated plans take (RuleProgram, and a run of days), so a bug in the
 * shared checks cannot hide a broken plan. Each returns the broken places; empty means kept.
 */

const isLight = (phase: keyof typeof WEEK_PHASES) => WEEK_PHASES[phase].light;
const weekSets = (week: RuleProgram['plan'][number]) =>
  week.sessions.flatMap((s) => s.exercises).reduce((sum, line) => sum + line.sets, 0);

function heavyWeeksInARow(program: RuleProgram): number {
  const phases = program.plan.map((week) => week.phase);
  const sequence = program.repeats ? [...phases, ...phases] : phases;
  let longest = 0;
  let run = 0;
  for (const phase of sequence) {
    run = isLight(phase) ? 0 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

function lighterWeeksNotLighter(program: RuleProgram): number[] {
  return program.plan
    .map((week, w) => ({ week, w }))
    .filter(({ week, w }) => w > 0 && week.phase !== 'learn' && isLight(week.phase))
    .filter(({ week, w }) => weekSets(week) > 0 && weekSets(week) >= weekSets(program.plan[w - 1]!))
    .map(({ week }) => week.week);
}

function newInLastTwoWeeks(program: RuleProgram): string[] {
  if (program.plan.length <= 2) return [];
  const ids = (weeks: RuleProgram['plan']) =>
    weeks.flatMap((week) =>
      week.sessions.flatMap((s) =>
        s.exercises.flatMap((line) => [line.exercise.id, ...line.alternatives.map((a) => a.id)]),
      ),
    );
  const before = new Set(ids(program.plan.slice(0, -2)));
  return ids(program.plan.slice(-2)).filter((id) => !before.has(id));
}

const sessionsTooLong = (program: RuleProgram) =>
  program.plan.flatMap((week) =>
    week.sessions.filter((s) => s.minutes > program.sessionMinutes.max),
  );

const equipmentMissing = (program: RuleProgram) =>
  program.plan.flatMap((week) =>
    week.sessions.flatMap((s) =>
      s.exercises
        .map((line) => line.exercise.id)
        .filter(
          (id) =>
            !equipmentOf
              .get(id)!
              .some((item) => item === 'bodyweight' || program.equipment.includes(item)),
        ),
    ),
  );

/** Day indexes that break a day rule; with `cyclic`, the last day is followed by the first. */
function dayRuleBreaks(days: readonly RuleDay[], cyclic: boolean) {
  const at = (i: number) => (cyclic ? days[(i + days.length) % days.length] : days[i]);
  const breaks = {
    twoInARow: [] as number[],
    beforeLongRun: [] as number[],
    nearRace: [] as number[],
  };
  days.forEach((day, i) => {
    if (day.lift === undefined) return;
    if (at(i + 1)?.lift !== undefined) breaks.twoInARow.push(i);
    if (at(i + 1)?.run === 'long') breaks.beforeLongRun.push(i);
    if ([0, 1, 2].some((ahead) => days[i + ahead]?.run === 'race')) breaks.nearRace.push(i);
  });
  return breaks;
}

/** Every independent rule over a plan, by name, with what broke it. */
function brokenRules(plan: Plan, answers: PlanAnswers): Record<string, unknown> {
  const program = planAsRuleProgram(plan, answers);
  const days = dayRuleBreaks(planDays(plan), false);
  const sessions = sessionsOf(plan);
  const broken: Record<string, unknown> = {};
  const expectNone = (name: string, found: unknown[]) => {
    if (found.length > 0) broken[name] = found;
  };
  expectNone('no session on race day or the two days before', days.nearRace);
  expectNone('none on the day before the long run', days.beforeLongRun);
  expectNone('never two strength days in a row', days.twoInARow);
  expectNone('only the equipment chosen', equipmentMissing(program));
  expectNone('sessions fit the time chosen', sessionsTooLong(program));
  expectNone('volume falls in the taper and deload weeks', lighterWeeksNotLighter(program));
  if (heavyWeeksInARow(program) > 3) broken['a deload at least every fourth week'] = program.plan;
  if (answers.raceDate !== null) {
    const race = dayNumber(answers.raceDate)!;
    const settled = race - 13;
    const before = new Set(
      sessions
        .filter((s) => dayNumber(s.date)! < settled)
        .flatMap((s) => s.exercises.map((l) => l.exercise)),
    );
    expectNone(
      'no new exercise in the last two weeks before a race',
      sessions
        .filter((s) => dayNumber(s.date)! >= settled)
        .flatMap((s) => s.exercises.map((l) => l.exercise))
        .filter((id) => !before.has(id)),
    );
    if (plan.endDate !== answers.raceDate || plan.weeks.at(-1)!.phase !== 'race-week') {
      broken['the plan ends on race day'] = plan.endDate;
    }
  } else if (plan.weeks.length !== HORIZON_WEEKS) {
    broken['a plan without a race lasts the fixed horizon'] = plan.weeks.length;
  }
  const firstWithSession = plan.weeks.find((week) => week.sessions.length > 0);
  if (answers.experience === 'new' && firstWithSession && firstWithSession.phase !== 'learn') {
    broken['a new lifter starts with the learning phase'] = firstWithSession;
  }
  const starts = plan.weeks.map((week) => dayNumber(week.startDate)!);
  const ends = plan.weeks.map((week) => dayNumber(week.endDate)!);
  if (
    plan.weeks[0]!.startDate !== answers.startDate ||
    starts.some((start, w) => w > 0 && start !== ends[w - 1]! + 1)
  ) {
    broken['weeks follow each other from the start date'] = plan.weeks.map((w) => w.startDate);
  }
  return broken;
}

describe('buildPlan: edge cases', () => {
  it('the defaults: lifts after the Tuesday and Thursday workouts, with the rules linked', () => {
    const answers = defaultAnswers(TODAY);
    const plan = buildPlan(answers, library, TODAY);
    expect(plan.usualWeek.filter((day) => day.lift).map((day) => [day.weekday, day.lift])).toEqual([
      ['tue', 'A'],
      ['thu', 'B'],
    ]);
    const first = sessionsOf(plan)[0]!;
    expect(first).toMatchObject({
      id: 'A',
      date: '2026-12-08',
      weekday: 'tue',
      timing: 'after-hard-run',
    });
    expect(first.rules[0]).toEqual({
      id: 'hard-day',
      text: PLAN_RULES['hard-day'].text,
      href: '/articles/scheduling-strength-training-around-running/#same-day-or-different-days',
    });
    expect(plan.weeks.map((week) => (week.deload ? 'deload' : week.phase))).toEqual([
      'learn',
      'build',
      'build',
      'build',
      'deload',
      'build',
      'build',
      'build',
      'deload',
      'build',
      'build',
      'build',
    ]);
    expect(planRuleProblems(plan, answers, library)).toEqual([]);
    expect(brokenRules(plan, answers)).toEqual({});
  });

  it('no race: a fixed horizon of weeks from the start date', () => {
    const answers = answersWith({ startDate: '2026-12-07' });
    const plan = buildPlan(answers, library, TODAY);
    expect(plan.weeks).toHaveLength(HORIZON_WEEKS);
    expect(plan.raceDate).toBeNull();
    expect(plan.endDate).toBe(isoDay(dayNumber('2026-12-07')! + 7 * HORIZON_WEEKS - 1));
    expect(plan.weeks.every((week) => week.phase !== 'taper' && week.phase !== 'race-week')).toBe(
      true,
    );
  });

  it('a race in 10 days: nothing new to learn before it, so no sessions, and a note saying why', () => {
    const answers = answersWith({
      raceDate: inDays(10),
      raceDistance: '10k',
      experience: 'regular',
    });
    const plan = buildPlan(answers, library, TODAY);
    expect(plan.endDate).toBe(inDays(10));
    // The first four days cannot hold both usual sessions (Tuesday and Thursday): week 0.
    expect(
      plan.weeks.map((week) => [week.number, week.startDate, week.endDate, week.phase]),
    ).toEqual([
      [0, TODAY, inDays(3), 'learn'],
      [1, inDays(4), inDays(10), 'race-week'],
    ]);
    expect(sessionsOf(plan)).toEqual([]);
    expect(plan.notes).toEqual([
      expect.stringMatching(/^Your race is 10 days after the plan starts: too close/),
    ]);
    expect(planRuleProblems(plan, answers, library)).toEqual([]);
  });

  it('a race in 2 years: a long build with a deload every fourth week, then maintain, taper, race', () => {
    const answers = answersWith({ raceDate: inDays(730), raceDistance: 'marathon' });
    const plan = buildPlan(answers, library, TODAY);
    expect(plan.weeks).toHaveLength(105);
    expect(plan.weeks.at(-1)).toMatchObject({
      phase: 'race-week',
      endDate: inDays(730),
      sessions: [],
    });
    expect(plan.weeks.at(-2)!.phase).toBe('taper');
    expect(plan.weeks.at(-2)!.sessions).toHaveLength(1);
    expect(plan.weeks.slice(-6, -2).map((week) => week.phase)).toEqual(Array(4).fill('maintain'));
    expect(plan.weeks.filter((week) => week.deload).length).toBeGreaterThanOrEqual(25);
    expect(planRuleProblems(plan, answers, library)).toEqual([]);
    expect(brokenRules(plan, answers)).toEqual({});
  });

  it('a runner who runs every day: the sessions follow the two workouts', () => {
    const answers = answersWith({
      runDays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      hardDays: ['tue', 'thu'],
      longRunDay: 'sun',
    });
    const plan = buildPlan(answers, library, TODAY);
    expect(new Set(sessionsOf(plan).map((s) => `${s.weekday} ${s.timing}`))).toEqual(
      new Set(['tue after-hard-run', 'thu after-hard-run']),
    );
    expect(planRuleProblems(plan, answers, library)).toEqual([]);
  });

  it('a runner who runs twice a week with no hard day: sessions on days without running', () => {
    const answers = answersWith({ runDays: ['wed', 'sun'], hardDays: [], longRunDay: 'sun' });
    const plan = buildPlan(answers, library, TODAY);
    const days = new Set(sessionsOf(plan).map((s) => s.weekday));
    expect(days.size).toBe(2);
    expect(days.has('sat')).toBe(false);
    expect(sessionsOf(plan).every((s) => s.timing === 'rest-day')).toBe(true);
    expect(sessionsOf(plan)[0]!.rules.map((r) => r.id)).toContain('rest-day');
    expect(planRuleProblems(plan, answers, library)).toEqual([]);
  });

  it('every day a hard run: no day fits, and the note says so rather than breaking a rule', () => {
    const all = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
    const answers = answersWith({ runDays: [...all], hardDays: [...all], longRunDay: null });
    const plan = buildPlan(answers, library, TODAY);
    expect(sessionsOf(plan)).toEqual([]);
    expect(plan.notes[0]).toMatch(/no strength session fits/);
  });

  it('a new lifter learns with bodyweight first, then adds load', () => {
    const answers = answersWith({ experience: 'new', equipment: 'dumbbell-or-kettlebell' });
    const plan = buildPlan(answers, library, TODAY);
    expect(plan.weeks.slice(0, 2).map((week) => week.phase)).toEqual(['learn', 'learn']);
    const learnedMainLifts = plan.weeks
      .slice(0, 2)
      .flatMap((week) => week.sessions.flatMap((s) => s.exercises))
      .filter((line) => line.kind === 'main')
      .map((line) => line.exercise);
    expect(new Set(learnedMainLifts)).toEqual(new Set(['bodyweight-squat', 'glute-bridge']));
    expect(plan.weeks[2]!.sessions[0]!.exercises.map((line) => line.exercise)).toContain(
      'goblet-squat',
    );
    expect(planRuleProblems(plan, answers, library)).toEqual([]);
  });

  it('a 5K race week keeps one light session at least 4 days out, with no jumps', () => {
    const race = '2027-03-06'; // a Saturday
    const answers = answersWith({ raceDate: race, raceDistance: '5k', experience: 'regular' });
    const plan = buildPlan(answers, library, TODAY);
    const raceWeek = plan.weeks.at(-1)!;
    expect(raceWeek.sessions).toHaveLength(1);
    const session = raceWeek.sessions[0]!;
    expect(dayNumber(race)! - dayNumber(session.date)!).toBeGreaterThanOrEqual(4);
    expect(session.exercises.some((line) => line.kind === 'jump')).toBe(false);
    expect(session.rules.map((r) => r.id)).toEqual(
      expect.arrayContaining(['race-week', 'nothing-new']),
    );
  });

  it('a first week too short for the usual sessions is week 0, and costs no learning week', () => {
    // A Saturday start before a Sunday race: the first "week" is that Saturday and Sunday.
    const race = '2027-04-18'; // a Sunday
    for (const [experience, learnWeeks] of [
      ['new', 2],
      ['some', 1],
      ['regular', 0],
    ] as const) {
      const answers = answersWith({ raceDate: race, raceDistance: 'marathon', experience });
      const plan = buildPlan(answers, library, TODAY);
      expect(plan.weeks[0]).toMatchObject({
        number: 0,
        startDate: TODAY,
        endDate: inDays(1),
        phase: 'learn',
        sessions: [],
      });
      const numbered = plan.weeks.slice(1);
      expect(numbered.map((week) => week.number)).toEqual(numbered.map((_, w) => w + 1));
      expect(
        numbered.every((week) => dayNumber(week.endDate)! - dayNumber(week.startDate)! === 6),
      ).toBe(true);
      const learning = numbered.filter((week) => week.phase === 'learn');
      expect(learning.map((week) => week.number)).toEqual(
        Array.from({ length: learnWeeks }, (_, w) => w + 1),
      );
      expect(brokenRules(plan, answers)).toEqual({});
      expect(planRuleProblems(plan, answers, library)).toEqual([]);
    }
  });

  it('week 0 eases in with its sessions, linked to the reason; a short week holding them all is week 1', () => {
    // Start on a Tuesday before a Sunday race: Tuesday to Sunday holds Tuesday's session and
    // Thursday's, so it is a full week 1 of six days.
    const full = buildPlan(
      answersWith({ startDate: '2026-12-08', raceDate: '2027-03-14', raceDistance: 'half' }),
      library,
      TODAY,
    );
    expect(full.weeks[0]).toMatchObject({ number: 1, startDate: '2026-12-08', phase: 'learn' });
    expect(full.weeks[0]!.sessions).toHaveLength(2);
    // Start on a Thursday: Thursday to Sunday holds only Thursday's session.
    const answers = answersWith({
      startDate: '2026-12-10',
      raceDate: '2027-03-14',
      raceDistance: 'half',
      experience: 'regular',
    });
    const plan = buildPlan(answers, library, TODAY);
    expect(plan.weeks[0]).toMatchObject({ number: 0, phase: 'learn' });
    const [session] = plan.weeks[0]!.sessions;
    expect(session).toMatchObject({ date: '2026-12-10', id: 'B' });
    expect(session!.rules.map((r) => r.id)).toContain('first-days');
    expect(session!.exercises.every((line) => line.sets <= 2)).toBe(true);
    // A lifter who lifts regularly has no learning week: week 1 builds.
    expect(plan.weeks[1]).toMatchObject({ number: 1, phase: 'build', deload: false });
    expect(planRuleProblems(plan, answers, library)).toEqual([]);
  });

  it('a plan without a race has no week 0: its weeks start on the start date', () => {
    fc.assert(
      fc.property(validAnswers(todayNumber, 120), (answers) => {
        const plan = buildPlan({ ...answers, raceDate: null }, library, TODAY);
        expect(plan.weeks.map((week) => week.number)).toEqual(
          Array.from({ length: HORIZON_WEEKS }, (_, w) => w + 1),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('a trail runner gets the library’s foot, shin, outer-hip and one-leg work first, and why', () => {
    const road = answersWith({ equipment: 'bands', terrain: 'road' });
    const trail = { ...road, terrain: 'trail' as const };
    const exercisesOf = (answers: PlanAnswers) =>
      new Set(
        sessionsOf(buildPlan(answers, library, TODAY)).flatMap((s) =>
          s.exercises.map((l) => l.exercise),
        ),
      );
    const onRoad = exercisesOf(road);
    const onTrail = exercisesOf(trail);
    // The shin raise (tibialis anterior) and the side plank (outer hip) come in; the plank and
    // dead bug, which work neither, make room.
    expect(onRoad.has('tibialis-raise')).toBe(false);
    expect(onTrail.has('tibialis-raise')).toBe(true);
    expect(onTrail.has('side-plank')).toBe(true);
    expect(onTrail.has('dead-bug')).toBe(false);
    // With a gym, the one-leg Romanian deadlift (foot, outer hip, one leg) is the hinge day's
    // single-leg lift; the main lifts stay.
    const gym = buildPlan(answersWith({ terrain: 'trail', experience: 'regular' }), library, TODAY);
    const b = sessionsOf(gym).find((s) => s.id === 'B' && s.exercises.length > 3)!;
    expect(b.exercises.find((l) => l.kind === 'strength')!.exercise).toBe(
      'single-leg-romanian-deadlift',
    );
    expect(b.exercises.find((l) => l.kind === 'main')!.exercise).toBe('trap-bar-deadlift');
    const rule = sessionsOf(buildPlan(trail, library, TODAY))[0]!.rules.at(-1)!;
    expect(rule).toEqual({
      id: 'trail',
      text: PLAN_RULES.trail.text,
      href: '/articles/strength-training-balance-stability-runners/#trails-uneven-ground-and-falls',
    });
    expect(
      sessionsOf(buildPlan(road, library, TODAY)).some((s) =>
        s.rules.some((r) => r.id === 'trail'),
      ),
    ).toBe(false);
  });

  it('a new lifter with nothing to load learns each main lift of the build before loading it', () => {
    for (const equipment of ['none', 'bands'] as const) {
      const plan = buildPlan(answersWith({ experience: 'new', equipment }), library, TODAY);
      const idsIn = (phase: string, kind: string) =>
        new Set(
          plan.weeks
            .filter((week) => week.phase === phase)
            .flatMap((week) => week.sessions.flatMap((s) => s.exercises))
            .filter((line) => kind === '' || line.kind === kind)
            .map((line) => line.exercise),
        );
      const learned = idsIn('learn', '');
      expect(
        [...idsIn('build', 'main')].filter((id) => !learned.has(id)),
        equipment,
      ).toEqual([]);
    }
  });

  it('without a weight, the leg lifts progress by reps within the 8 to 10 their pages give', () => {
    const legLiftReps = (answers: PlanAnswers) =>
      sessionsOf(buildPlan(answers, library, TODAY)).flatMap((s) =>
        s.exercises
          .filter((line) => line.kind === 'main' || line.kind === 'strength')
          .map((line) => Number.parseInt(line.reps, 10)),
      );
    fc.assert(
      fc.property(
        validAnswers(todayNumber, 200),
        fc.constantFrom('none', 'bands'),
        (answers, equipment) => {
          const reps = legLiftReps({ ...answers, equipment });
          expect(reps.filter((n) => n < 8 || n > 10)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
    // A build block climbs from 8 to 10 per side; with a weight it climbs in load instead.
    const bands = legLiftReps(answersWith({ equipment: 'bands' }));
    expect(new Set(bands)).toEqual(new Set([8, 10]));
    expect(Math.min(...legLiftReps(answersWith({ equipment: 'gym' })))).toBeLessThan(8);
  });

  it('refuses answers parsePlanQuery would never return', () => {
    expect(() => buildPlan(answersWith({ raceDate: '2026-01-01' }), library, TODAY)).toThrow(
      /is before the start/,
    );
  });
});

describe('buildPlan: the rules it must never break, over random answers', () => {
  it('keeps every rule, by the shared checks and by the independent ones', () => {
    fc.assert(
      // Races up to 400 days out: the two-year plan has its own test, and long plans are slow to check.
      fc.property(validAnswers(todayNumber, 400), (answers) => {
        const plan = buildPlan(answers, library, TODAY);
        expect(planRuleProblems(plan, answers, library)).toEqual([]);
        expect(brokenRules(plan, answers)).toEqual({});
      }),
      { numRuns: 2000 },
    );
  }, 120_000);

  it('is deterministic: the same answers give the same plan', () => {
    fc.assert(
      fc.property(validAnswers(todayNumber, 120), (answers) => {
        expect(buildPlan(answers, library, TODAY)).toEqual(
          buildPlan(structuredClone(answers), library, TODAY),
        );
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('names only library exercises, and fits every session in the time chosen', () => {
    fc.assert(
      fc.property(validAnswers(todayNumber, 120), (answers) => {
        const plan = buildPlan(answers, library, TODAY);
        for (const session of sessionsOf(plan)) {
          expect(session.exercises.every((line) => equipmentOf.has(line.exercise))).toBe(true);
          expect(session.minutes).toBeLessThanOrEqual(answers.sessionMinutes);
        }
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('uses a 45-minute session: each build session is longer than the 30-minute one', () => {
    fc.assert(
      fc.property(validAnswers(todayNumber, 200), (answers) => {
        const short = buildPlan({ ...answers, sessionMinutes: 30 }, library, TODAY);
        const long = buildPlan({ ...answers, sessionMinutes: 45 }, library, TODAY);
        const settled = answers.raceDate === null ? Infinity : dayNumber(answers.raceDate)! - 13;
        const shortByDate = new Map(sessionsOf(short).map((s) => [s.date, s]));
        const compared = long.weeks
          .filter((week) => week.phase === 'build' && !week.deload)
          .flatMap((week) => week.sessions)
          .filter((s) => dayNumber(s.date)! < settled);
        for (const session of compared) {
          expect(session.minutes).toBeLessThanOrEqual(45);
          expect(session.minutes, session.date).toBeGreaterThan(
            shortByDate.get(session.date)!.minutes,
          );
        }
      }),
      { numRuns: 500 },
    );
  }, 60_000);

  it('the independent checks bite: each catches a plan broken on purpose', () => {
    const answers = answersWith({ raceDate: inDays(60), raceDistance: 'half' });
    const plan = buildPlan(answers, library, TODAY);
    const broken = (edit: (copy: Plan) => void) => {
      const copy = structuredClone(plan);
      edit(copy);
      return Object.keys(brokenRules(copy, answers));
    };
    const first = (p: Plan) => p.weeks.find((week) => week.sessions.length > 1)!;
    expect(
      broken((p) => {
        const week = first(p);
        week.sessions[1]!.date = isoDay(dayNumber(week.sessions[0]!.date)! + 1);
      }),
    ).toContain('never two strength days in a row');
    expect(
      broken((p) => {
        const session = first(p).sessions[0]!;
        const day = dayNumber(session.date)!;
        const toSaturday =
          (5 - ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].indexOf(weekdayOf(day)) + 7) % 7;
        session.date = isoDay(day + toSaturday);
      }),
    ).toContain('none on the day before the long run');
    expect(
      broken((p) => {
        p.weeks.at(-1)!.sessions.push({ ...first(p).sessions[0]!, date: inDays(59) });
      }),
    ).toContain('no session on race day or the two days before');
    expect(
      broken((p) => {
        p.weeks.at(-2)!.sessions[0]!.exercises.push({
          exercise: 'nordic-hamstring-curl',
          kind: 'accessory',
          sets: 1,
          reps: '3',
        });
      }),
    ).toContain('no new exercise in the last two weeks before a race');
    expect(
      broken((p) => {
        first(p).sessions[0]!.minutes = 31;
      }),
    ).toContain('sessions fit the time chosen');
    expect(
      broken((p) => {
        p.weeks.at(-2)!.sessions[0]!.exercises[0]!.sets = 40;
      }),
    ).toContain('volume falls in the taper and deload weeks');
    expect(
      broken((p) => {
        for (const week of p.weeks) week.deload = false;
      }),
    ).toContain('a deload at least every fourth week');
    expect(
      broken((p) => {
        p.endDate = inDays(59);
      }),
    ).toContain('the plan ends on race day');
    const none = answersWith({ equipment: 'none' });
    const home = buildPlan(none, library, TODAY);
    home.weeks[1]!.sessions[0]!.exercises[0]!.exercise = 'back-squat';
    expect(Object.keys(brokenRules(home, none))).toContain('only the equipment chosen');
    const newLifter = answersWith({ experience: 'new' });
    const skipped = buildPlan(newLifter, library, TODAY);
    skipped.weeks[0]!.phase = 'build';
    expect(Object.keys(brokenRules(skipped, newLifter))).toContain(
      'a new lifter starts with the learning phase',
    );
  });
});

describe('the plan and the site agree', () => {
  it('writes rep ranges with an en dash, as every page does', () => {
    const answers = { ...defaultAnswers(TODAY), experience: 'new' as const };
    const reps = buildPlan(answers, library, TODAY).weeks.flatMap((week) =>
      week.sessions.flatMap((session) => session.exercises.map((line) => line.reps)),
    );
    expect(reps.some((text) => text.includes('–'))).toBe(true);
    expect(reps.filter((text) => /\d-\d/.test(text))).toEqual([]);
  });

  it('every exercise the generator can choose is in the library', () => {
    expect(PLAN_EXERCISE_IDS.filter((id) => !equipmentOf.has(id))).toEqual([]);
  });

  it('every rule links to a section that exists in its article', () => {
    const ids = new Map<string, string[]>();
    for (const [id, rule] of Object.entries(PLAN_RULES)) {
      // Articles are plain Markdown unless they need a component (MDX).
      const base = path.join(ROOT, 'content/articles', rule.article);
      const file = existsSync(`${base}.md`) ? `${base}.md` : `${base}.mdx`;
      if (!ids.has(file)) {
        const body = parseFrontmatter(readFileSync(file, 'utf8')).content;
        ids.set(file, headingIdsOf(body, { path: file, mdx: file.endsWith('.mdx') }));
      }
      expect(ids.get(file), id).toContain(rule.section);
      expect(withFragment(routes.article(rule.article), rule.section)).toMatch(/^\/articles\//);
    }
  });

  it('each equipment choice allows only what it names', () => {
    const kit = (choice: keyof typeof PLAN_EQUIPMENT) =>
      PLAN_EQUIPMENT[choice].kit as readonly string[];
    expect(kit('none')).toEqual(['bodyweight']);
    expect(kit('bands')).not.toContain('dumbbell');
    expect(kit('dumbbell-or-kettlebell')).not.toContain('barbell');
  });
});

describe('the four fixed programs keep the same rules', () => {
  const reference = ((collection: string) =>
    z.string().transform((id) => ({ collection, id }))) as unknown as ReferenceFactory;
  const schema = programSchema({ reference });
  const programs = [...frontMatters('programs')].map(
    ([id, data]) => [id, schema.parse(data) as unknown as RuleProgram] as const,
  );

  it('finds all four', () => {
    expect(programs).toHaveLength(4);
  });

  it.each(programs)('%s', (_id, program) => {
    expect(heavyWeeksInARow(program)).toBeLessThanOrEqual(3);
    expect(lighterWeeksNotLighter(program)).toEqual([]);
    expect(newInLastTwoWeeks(program)).toEqual([]);
    expect(sessionsTooLong(program)).toEqual([]);
    expect(equipmentMissing(program)).toEqual([]);
    if (program.level === 'beginner') expect(program.plan[0]!.phase).toBe('learn');
    for (const sample of program.sampleWeeks) {
      expect(dayRuleBreaks(sample.days, true)).toEqual({
        twoInARow: [],
        beforeLongRun: [],
        nearRace: [],
      });
    }
  });
});

/** Keeps weekdayOf in use for readers of the tests: plan dates carry their weekday. */
it('every session date falls on its weekday', () => {
  const plan = buildPlan(defaultAnswers(TODAY), library, TODAY);
  for (const session of sessionsOf(plan))
    expect(weekdayOf(dayNumber(session.date)!)).toBe(session.weekday);
});
