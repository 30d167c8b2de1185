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
