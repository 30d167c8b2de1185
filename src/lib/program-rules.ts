import { RUN_KINDS, WEEK_PHASES, type Equipment, type RunKind, type WeekPhase } from './taxonomy';

/**
 * The training rules every program on the site keeps, as pure checks over a program's data. The
 * same rules bind the future plan builder (issue 19), so a fixed program and a generated one can
 * never disagree. Rules that need only the program itself run in its schema (the build stops on
 * a broken rule); rules that need other entries (the exercise library, the program before or
 * after) run in `checkProgramSet`, which the unit tests apply to every program in content/.
 */

/** A link to another entry, as `reference()` returns it. */
interface Ref {
  id: string;
}

/** What the rules need from a program: a structural subset of the program schema's output. */
export interface RuleProgram {
  level: string;
  /** The block is repeated back to back (in-season), so week 1 follows the last week. */
  repeats: boolean;
  equipment: readonly Equipment[];
  sessionMinutes: { min: number; max: number };
  previous?: Ref | undefined;
  next?: Ref | undefined;
  mainLifts: readonly { exercise: Ref }[];
  sampleWeeks: readonly {
    label: string;
    days: readonly { run?: RunKind | undefined; lift?: string | undefined }[];
  }[];
  plan: readonly {
    week: number;
    phase: WeekPhase;
    sessions: readonly {
      id: string;
      optional: boolean;
      minutes: number;
      exercises: readonly {
        exercise: Ref;
        alternatives: readonly Ref[];
        sets: number;
        rir?: number | undefined;
      }[];
    }[];
  }[];
}

/** One broken rule: where in the front matter (as a Zod path) and what to change. */
export interface RuleProblem {
  path: (string | number)[];
  message: string;
}

/** Most strength sessions a week can hold with a day off between every two (7 days, wrapping). */
export const MAX_SESSIONS_PER_WEEK = 3;

/** Most heavier weeks in a row before a lighter one ("a deload at least every fourth week"). */
export const MAX_HEAVY_WEEKS_IN_A_ROW = 3;

/** Weeks at the end of a plan in which no exercise may appear for the first time. */
export const SETTLED_WEEKS = 2;

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const isLight = (phase: WeekPhase): boolean => WEEK_PHASES[phase].light;

/** Every exercise a line names: the exercise and its alternatives. */
const exerciseIdsOf = (
  line: RuleProgram['plan'][number]['sessions'][number]['exercises'][number],
) => [line.exercise.id, ...line.alternatives.map((alternative) => alternative.id)];

/** Total sets in a week, optional sessions included: the volume the taper and deload rules compare. */
export function weeklySets(week: RuleProgram['plan'][number]): number {
  return week.sessions.reduce(
    (sum, session) => sum + session.exercises.reduce((inner, line) => inner + line.sets, 0),
    0,
  );
}

/**
 * Longest run of heavier (non-light) weeks in a sequence of phases; with `cyclic`, the sequence
 * repeats, so a run can continue from the last week into the first.
 */
export function longestHeavyRun(phases: readonly WeekPhase[], cyclic = false): number {
  const sequence = cyclic ? [...phases, ...phases] : phases;
  let longest = 0;
  let current = 0;
  for (const phase of sequence) {
    current = isLight(phase) ? 0 : current + 1;
    longest = Math.max(longest, current);
  }
  return cyclic && phases.every((phase) => !isLight(phase)) ? Infinity : longest;
}

/** The rules one program keeps by itself. An empty list means the program is sound. */
export function checkProgram(program: RuleProgram): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const { min, max } = program.sessionMinutes;
  if (min > max) {
    problems.push({
      path: ['sessionMinutes'],
      message: `min (${min}) is more than max (${max}): write the shortest session first`,
    });
  }

  const sessionIds = new Set(program.plan.flatMap((week) => week.sessions.map((s) => s.id)));
  const requiredIds = new Set(
    program.plan.flatMap((week) => week.sessions.filter((s) => !s.optional).map((s) => s.id)),
  );
  const mainLiftIds = new Set(program.mainLifts.map((lift) => lift.exercise.id));
  const seenBefore = new Set<string>();
  const firstSettledWeek = program.plan.length - SETTLED_WEEKS;
  const firstWeekIds = new Set(
    (program.plan[0]?.sessions ?? []).flatMap((s) => s.exercises.flatMap(exerciseIdsOf)),
  );

  program.plan.forEach((week, w) => {
    const weekPath = ['plan', w] as const;
    if (week.sessions.length > MAX_SESSIONS_PER_WEEK) {
      problems.push({
        path: [...weekPath, 'sessions'],
        message: `has ${week.sessions.length} sessions: with more than ${MAX_SESSIONS_PER_WEEK} a week, two strength days fall in a row; keep ${MAX_SESSIONS_PER_WEEK} or fewer`,
      });
    }
    const idsThisWeek = new Set<string>();
    week.sessions.forEach((session, s) => {
      const sessionPath = [...weekPath, 'sessions', s] as const;
      if (idsThisWeek.has(session.id)) {
        problems.push({
          path: [...sessionPath, 'id'],
          message: `"${session.id}" appears twice in week ${week.week}: give each session of a week its own id`,
        });
      }
      idsThisWeek.add(session.id);
      if (session.minutes < min || session.minutes > max) {
        problems.push({
          path: [...sessionPath, 'minutes'],
          message: `is ${session.minutes}, outside the program's stated session length of ${min}-${max} min: shorten the session or change sessionMinutes`,
        });
      }
      session.exercises.forEach((line, e) => {
        const linePath = [...sessionPath, 'exercises', e] as const;
        if (line.alternatives.some((alternative) => alternative.id === line.exercise.id)) {
          problems.push({
            path: [...linePath, 'alternatives'],
            message: `repeats the exercise itself ("${line.exercise.id}"): list only other exercises`,
          });
        }
        if (mainLiftIds.has(line.exercise.id) && line.rir === undefined) {
          problems.push({
            path: [...linePath, 'rir'],
            message: `is missing: "${line.exercise.id}" is one of the program's mainLifts, so every line of it says how many reps to keep in reserve (for example rir: 2)`,
          });
        }
        for (const id of exerciseIdsOf(line)) {
          const settled = w >= firstSettledWeek && program.plan.length > SETTLED_WEEKS;
          if (settled && !seenBefore.has(id)) {
            problems.push({
              path: [...linePath, id === line.exercise.id ? 'exercise' : 'alternatives'],
              message: `"${id}" first appears in week ${week.week}, one of the last ${SETTLED_WEEKS} weeks: an unfamiliar exercise is the one most likely to leave you sore for a race, so introduce it earlier or leave it out`,
            });
          }
          if (program.repeats && w > 0 && !firstWeekIds.has(id)) {
            problems.push({
              path: [...linePath, id === line.exercise.id ? 'exercise' : 'alternatives'],
              message: `"${id}" is not in week 1: this block repeats through a racing season, so a race can follow any week; use only week-1 exercises`,
            });
          }
        }
      });
    });
    for (const session of week.sessions)
      for (const line of session.exercises)
        for (const id of exerciseIdsOf(line)) seenBefore.add(id);

    if (isLight(week.phase) && week.phase !== 'learn' && w > 0) {
      const before = weeklySets(program.plan[w - 1]!);
      const now = weeklySets(week);
      // A week with no sessions is as light as a week gets (a generated plan's race week can be).
      if (now >= before && now > 0) {
        problems.push({
          path: [...weekPath, 'phase'],
          message: `is "${week.phase}", but week ${week.week} has ${now} sets against ${before} in week ${week.week - 1}: a lighter week must have fewer sets`,
        });
      }
    }
  });

  const phases = program.plan.map((week) => week.phase);
  const heavyRun = longestHeavyRun(phases, program.repeats);
  if (heavyRun > MAX_HEAVY_WEEKS_IN_A_ROW) {
    problems.push({
      path: ['plan'],
      message: `has ${Number.isFinite(heavyRun) ? heavyRun : 'only'} heavier weeks in a row${program.repeats ? ' (counting the block as repeated)' : ''}: make at least every fourth week a deload or taper week`,
    });
  }

  if (program.level === 'beginner' && program.plan[0] && program.plan[0].phase !== 'learn') {
    problems.push({
      path: ['plan', 0, 'phase'],
      message: `is "${program.plan[0].phase}": a beginner program starts with a learn week`,
    });
  }

  program.mainLifts.forEach((lift, i) => {
    const used = program.plan.some((week) =>
      week.sessions.some((s) =>
        s.exercises.some((line) => exerciseIdsOf(line).includes(lift.exercise.id)),
      ),
    );
    if (!used) {
      problems.push({
        path: ['mainLifts', i, 'exercise'],
        message: `"${lift.exercise.id}" is not in the plan: list only lifts the sessions use`,
      });
    }
  });

  program.sampleWeeks.forEach((sample, i) => {
    problems.push(
      ...checkSampleWeek(sample, sessionIds, requiredIds).map((problem) => ({
        path: ['sampleWeeks', i, ...problem.path],
        message: problem.message,
      })),
    );
  });

  return problems;
}

/** One day as the day rules see it: the run (none on a rest day) and the strength session, if any. */
export interface RuleDay {
  run?: RunKind | undefined;
  lift?: string | undefined;
}

/** A broken day rule: which day (an index into the days given) and what is wrong. */
export interface DayProblem {
  day: number;
  message: string;
}

/**
 * The rules about which days may hold a strength session, over any run of days: never two
 * strength days in a row, nothing the day before a long run or hard run, nothing on race day or
 * the two days before it. With `cyclic`, the days repeat (a sample week: Sunday is followed by
 * Monday); without, they are consecutive dates (a generated plan). `dayName` names a day in the
 * messages. Fixed programs (through `checkSampleWeek`) and generated plans share this check.
 */
export function checkDayRules(
  days: readonly RuleDay[],
  { cyclic, dayName }: { cyclic: boolean; dayName: (index: number) => string },
): DayProblem[] {
  const problems: DayProblem[] = [];
  days.forEach((day, d) => {
    if (day.lift === undefined) return;
    const next = cyclic ? days[(d + 1) % days.length] : days[d + 1];
    if (next?.lift !== undefined) {
      problems.push({
        day: d,
        message: `puts strength sessions on ${dayName(d)} and the day after: leave a day between them`,
      });
    }
    if (next?.run === 'long' || next?.run === 'hard') {
      problems.push({
        day: d,
        message: `is the day before a ${RUN_KINDS[next.run].label.toLowerCase()}: keep that day free of lifting`,
      });
    }
    for (const ahead of [0, 1, 2]) {
      if (d + ahead < days.length && days[d + ahead]?.run === 'race') {
        problems.push({
          day: d,
          message:
            ahead === 0
              ? 'is on race day: no lifting on race day'
              : `is ${ahead} day${ahead === 1 ? '' : 's'} before the race: no lifting in the two days before a race`,
        });
      }
    }
  });
  return problems;
}

/**
 * The day rules of one sample week: sessions that exist, never two strength days in a row (the
 * week repeats, so Sunday is followed by Monday), nothing the day before a long run, hard run or
 * race, nothing on race day or the two days before it, and every required session placed.
 */
export function checkSampleWeek(
  sample: RuleProgram['sampleWeeks'][number],
  sessionIds: ReadonlySet<string>,
  requiredIds: ReadonlySet<string>,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const { days } = sample;
  const lifts = days.map((day) => day.lift);
  const hasRace = days.some((day) => day.run === 'race');
  const dayProblems = checkDayRules(days, {
    cyclic: true,
    dayName: (d) => DAY_NAMES[d] ?? `day ${d + 1}`,
  });
  days.forEach((day, d) => {
    if (day.lift !== undefined && !sessionIds.has(day.lift)) {
      problems.push({
        path: ['days', d, 'lift'],
        message: `"${day.lift}" is not a session of this program; use one of: ${[...sessionIds].join(', ')}`,
      });
    }
    for (const problem of dayProblems.filter((p) => p.day === d)) {
      problems.push({ path: ['days', d, 'lift'], message: problem.message });
    }
  });
  if (!hasRace) {
    for (const id of requiredIds) {
      if (!lifts.includes(id)) {
        problems.push({
          path: ['days'],
          message: `has no session ${id}: a week without a race places every session that is not optional`,
        });
      }
    }
  }
  return problems;
}

/** One program as the set-wide checks see it: its file for messages, and its rule data. */
export interface ProgramEntry {
  id: string;
  file: string;
  data: RuleProgram;
}

/** A problem that spans entries, named by file and field the way the build names them. */
export interface SetProblem {
  file: string;
  field: string;
  message: string;
}

/**
 * Rules that need more than one entry: every exercise must be possible with the equipment the
 * program declares (bodyweight is always at hand; an exercise that lists alternatives, such as
 * a dumbbell or a kettlebell, needs one of them), and the hand-over to the program before or
 * after must not stack up more than three heavier weeks in a row.
 */
export function checkProgramSet(
  programs: readonly ProgramEntry[],
  exerciseEquipment: ReadonlyMap<string, readonly Equipment[]>,
): SetProblem[] {
  const problems: SetProblem[] = [];
  const byId = new Map(programs.map((program) => [program.id, program]));

  for (const program of programs) {
    const kit = new Set<Equipment>(['bodyweight', ...program.data.equipment]);
    const reported = new Set<string>();
    program.data.plan.forEach((week, w) =>
      week.sessions.forEach((session, s) =>
        session.exercises.forEach((line, e) => {
          for (const id of exerciseIdsOf(line)) {
            const needs = exerciseEquipment.get(id);
            if (!needs || needs.some((item) => kit.has(item)) || reported.has(id)) continue;
            reported.add(id);
            problems.push({
              file: program.file,
              field: `plan[${w}].sessions[${s}].exercises[${e}]`,
              message: `"${id}" needs one of ${needs.join(', ')}, but the program's equipment is ${program.data.equipment.join(', ')}: add the equipment or choose another exercise`,
            });
          }
        }),
      ),
    );

    const pairs: [ProgramEntry, ProgramEntry, string][] = [];
    const previous = program.data.previous && byId.get(program.data.previous.id);
    if (previous) pairs.push([previous, program, 'previous']);
    const next = program.data.next && byId.get(program.data.next.id);
    if (next) pairs.push([program, next, 'next']);
    for (const [before, after, field] of pairs) {
      const phases = [
        ...before.data.plan.map((week) => week.phase),
        ...after.data.plan.map((week) => week.phase),
      ];
      const run = longestHeavyRun(phases);
      if (run > MAX_HEAVY_WEEKS_IN_A_ROW) {
        problems.push({
          file: program.file,
          field,
          message: `going from ${before.id} into ${after.id} gives ${run} heavier weeks in a row: start ${after.id} with a learn or deload week, or end ${before.id} with one`,
        });
      }
    }

    const visited = new Set<string>([program.id]);
    let cursor = next;
    while (cursor) {
      if (visited.has(cursor.id)) {
        problems.push({
          file: program.file,
          field: 'next',
          message: `following "next" from ${program.id} comes back to ${cursor.id}: the path must lead somewhere new at each step`,
        });
        break;
      }
      visited.add(cursor.id);
      cursor = cursor.data.next && byId.get(cursor.data.next.id);
    }
  }
  return problems;
}
