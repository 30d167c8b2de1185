/**
 * Pure helpers for program pages: the summary labels a program's data implies (so the page can
 * never state a different number of sessions than its plan holds) and the training path the
 * programs form through their `previous` and `next` links.
 */

/** What the labels need from a plan. */
interface PlanWeeks {
  readonly week: number;
  readonly sessions: readonly { readonly id: string; readonly optional: boolean }[];
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];

/** "week 5", "weeks 6-8", "weeks 1, 3 and 5": week numbers in ascending order, runs collapsed. */
export function weeksLabel(weeks: readonly number[]): string {
  const sorted = [...new Set(weeks)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === i ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  const list = runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs.at(-1)}` : runs[0];
  return `${sorted.length === 1 ? 'week' : 'weeks'} ${list ?? ''}`;
}

/**
 * Sessions a week as the plan holds them: "2", or "2, plus an optional third in weeks 6–8". The
 * count is the most common number of sessions that are not optional.
 */
export function sessionsPerWeekLabel(plan: readonly PlanWeeks[]): string {
  const counts = new Map<number, number>();
  for (const week of plan) {
    const required = week.sessions.filter((session) => !session.optional).length;
    counts.set(required, (counts.get(required) ?? 0) + 1);
  }
  const usual = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 0;
  const optionalWeeks = plan.filter((week) => week.sessions.some((session) => session.optional));
  if (optionalWeeks.length === 0) return `${usual}`;
  const ordinal = ORDINALS[usual] ?? `${usual + 1}th`;
  const when =
    optionalWeeks.length === plan.length
      ? ''
      : ` in ${weeksLabel(optionalWeeks.map((week) => week.week))}`;
  return `${usual}, plus an optional ${ordinal}${when}`;
}

/** "20–30 min, plus a 5-min warm-up" (ranges take an en dash, as src/lib/typography.ts sets them). */
export function sessionLengthLabel(minutes: { min: number; max: number }, warmUp: number): string {
  const range = minutes.min === minutes.max ? `${minutes.min}` : `${minutes.min}–${minutes.max}`;
  return warmUp > 0 ? `${range} min, plus a ${warmUp}-min warm-up` : `${range} min`;
}

/** A program as the path sees it: its id and the ids it links to. */
export interface PathNode {
  id: string;
  previous?: string | undefined;
  next?: string | undefined;
}

export interface TrainingPath {
  /** The main line, first program first, each step the `next` of the one before. */
  steps: string[];
  /** Programs off the main line, each with where it branches off and where it leads. */
  branches: PathNode[];
}

/**
 * The programs as one path: the longest chain of `next` links from a program with no
 * `previous`, then every other program as a branch. Ties go to the first program given, so the
 * caller's order decides between equal paths. A link to an unknown id or back into the chain ends it.
 */
export function trainingPath(programs: readonly PathNode[]): TrainingPath {
  const byId = new Map(programs.map((program) => [program.id, program]));
  const chainFrom = (start: PathNode): string[] => {
    const chain: string[] = [];
    let cursor: PathNode | undefined = start;
    while (cursor && !chain.includes(cursor.id)) {
      chain.push(cursor.id);
      cursor = cursor.next === undefined ? undefined : byId.get(cursor.next);
    }
    return chain;
  };
  let steps: string[] = [];
  for (const program of programs) {
    if (program.previous !== undefined) continue;
    const chain = chainFrom(program);
    if (chain.length > steps.length) steps = chain;
  }
  const onPath = new Set(steps);
  return { steps, branches: programs.filter((program) => !onPath.has(program.id)) };
}

/** What the week-at-a-glance needs from a plan. */
interface GlanceWeek<Phase extends string = string> {
  readonly week: number;
  readonly phase: Phase;
  readonly sessions: readonly {
    readonly id: string;
    readonly optional: boolean;
    readonly exercises: readonly {
      readonly exercise: { readonly id: string };
      readonly sets: number;
    }[];
  }[];
}

/** One week of a plan in a line: its sessions and what changes from the week before. */
export interface WeekGlance<Phase extends string = string> {
  week: number;
  phase: Phase;
  /** Session ids in order, with whether each is optional. */
  sessions: { id: string; optional: boolean }[];
  /** Sessions this week has and the week before did not. */
  newSessions: { id: string; optional: boolean }[];
  /** Exercise ids this week uses for the first time in the plan, in order of appearance. */
  newExercises: string[];
  /** Total sets of the sessions both weeks share, this week minus the week before. */
  setsChange: number;
}

/**
 * Each week of a plan with the changes a reader should notice: new sessions, exercises never
 * done before in the plan, and the change in total sets (counted over the sessions both weeks
 * have, so an optional session starting does not read as "more sets"). Week 1 has no week
 * before it, so it reports no changes.
 */
export function weekAtAGlance<Phase extends string>(
  plan: readonly GlanceWeek<Phase>[],
): WeekGlance<Phase>[] {
  const seen = new Set<string>();
  return plan.map((week, index) => {
    const before = index === 0 ? undefined : plan[index - 1];
    const exerciseIds = week.sessions.flatMap((session) =>
      session.exercises.map((line) => line.exercise.id),
    );
    const newExercises =
      before === undefined ? [] : [...new Set(exerciseIds.filter((id) => !seen.has(id)))];
    for (const id of exerciseIds) seen.add(id);
    const setsOf = (sessions: GlanceWeek<Phase>['sessions'], shared: ReadonlySet<string>) =>
      sessions
        .filter((session) => shared.has(session.id))
        .reduce((sum, session) => sum + session.exercises.reduce((s, line) => s + line.sets, 0), 0);
    const previousIds = new Set(before?.sessions.map((session) => session.id) ?? []);
    const shared = new Set(
      week.sessions.map((session) => session.id).filter((id) => previousIds.has(id)),
    );
    const sessions = week.sessions.map(({ id, optional }) => ({ id, optional }));
    return {
      week: week.week,
      phase: week.phase,
      sessions,
      newSessions: before === undefined ? [] : sessions.filter(({ id }) => !previousIds.has(id)),
      newExercises,
      setsChange:
        before === undefined ? 0 : setsOf(week.sessions, shared) - setsOf(before.sessions, shared),
    };
  });
}

/** A session's line as the pairing sees it: `pair` is the letter two alternated lines share. */
interface PairedLine {
  readonly pair?: string | undefined;
}

/**
 * A session's lines in the order they are done, each with its superset label: the second line of
 * a pair moves up to follow the first, and the two are labelled with their letter, "A1" and "A2".
 * Lines without a pair keep their place and have no label.
 */
export function pairedOrder<T extends PairedLine>(
  lines: readonly T[],
): { line: T; label: string | undefined }[] {
  const ordered: { line: T; label: string | undefined }[] = [];
  const placed = new Set<T>();
  for (const line of lines) {
    if (placed.has(line)) continue;
    placed.add(line);
    if (line.pair === undefined) {
      ordered.push({ line, label: undefined });
      continue;
    }
    const partners = lines.filter((other) => other.pair === line.pair && !placed.has(other));
    ordered.push({ line, label: `${line.pair}1` });
    partners.forEach((partner, index) => {
      placed.add(partner);
      ordered.push({ line: partner, label: `${line.pair}${index + 2}` });
    });
  }
  return ordered;
}

/** Lines whose `pair` letter is not shared by exactly two lines of the session, with why. */
export function pairProblems(lines: readonly PairedLine[]): { index: number; message: string }[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.pair !== undefined) counts.set(line.pair, (counts.get(line.pair) ?? 0) + 1);
  }
  return lines.flatMap((line, index) => {
    const count = line.pair === undefined ? 2 : (counts.get(line.pair) ?? 0);
    if (count === 2) return [];
    return [
      {
        index,
        message: `pair "${line.pair}" is on ${count} ${count === 1 ? 'exercise' : 'exercises'} of this session: a pair is exactly two exercises done in alternation, so give the letter to one other exercise${count > 2 ? ' only' : ''}`,
      },
    ];
  });
}
