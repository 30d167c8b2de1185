import {
  dayNumber,
  isoDay,
  PLAN_EQUIPMENT,
  weekdayOf,
  WEEKDAYS,
  type Experience,
  type PlanAnswers,
  type Weekday,
} from './plan-answers';
import {
  checkDayRules,
  checkProgram,
  checkProgramSet,
  SETTLED_WEEKS,
  type RuleDay,
  type RuleProgram,
} from './program-rules';
import { routes, withFragment } from './routes';
import type { Equipment, RunKind, WeekPhase } from './taxonomy';
import { enDashRanges } from './typography';

/**
 * The plan generator (issue 19): a strength plan fitted around one runner's week and race, as
 * pure data. Every placement follows a rule of the scheduling articles, and the plan carries
 * each rule with a link to the article that explains it. The same checks that bind the fixed
 * programs (program-rules.ts) bind every generated plan: `planRuleProblems` runs them, and the
 * property tests run it over thousands of random answers. Deterministic: no clock, no
 * randomness; `today` and the exercise library are arguments.
 */

/** What the generator needs from an exercise in the library. */
export interface LibraryExercise {
  id: string;
  /** Everything it needs; any one value is enough (bodyweight is always at hand). */
  equipment: readonly Equipment[];
  /** Its primary and secondary muscle groups: what a trail runner's plan favours is read here. */
  muscles?: readonly string[];
}

/** What a week is for. `race-week` ends on race day; deload weeks are build or maintain weeks. */
export type PlanPhase = 'learn' | 'build' | 'maintain' | 'taper' | 'race-week';

/** When the session falls relative to that day's run. */
export type SessionTiming = 'after-hard-run' | 'rest-day' | 'after-easy-run';

/** The kind of line decides its dose, its rest and so its time. */
export type LineKind = 'jump' | 'main' | 'strength' | 'accessory' | 'hold';

export interface PlanLine {
  /** The exercise's id in the library. */
  exercise: string;
  kind: LineKind;
  sets: number;
  /** Reps or time per set, as a plan writes them: "8", "8/side", "30 s". */
  reps: string;
  /** Reps in reserve at the end of each set; none for jumps and holds. */
  rir?: number;
}

export interface PlanRule {
  id: RuleId;
  text: string;
  /** The article (and section) that explains the rule. */
  href: string;
}

export interface PlanSession {
  /** "A" (squat day) or "B" (hinge day), as in the fixed programs. */
  id: 'A' | 'B';
  optional: boolean;
  date: string;
  weekday: Weekday;
  timing: SessionTiming;
  exercises: PlanLine[];
  warmUpMinutes: number;
  /** Estimated length, warm-up included; never more than the reader's chosen length. */
  minutes: number;
  rules: PlanRule[];
}

export interface PlanWeek {
  /**
   * 1, 2, 3... A race plan's weeks end on race day, so its first may be cut short; when it is
   * too short to hold the usual week's sessions it is 0, a few days of getting started that
   * count as no phase's week.
   */
  number: number;
  startDate: string;
  endDate: string;
  phase: PlanPhase;
  deload: boolean;
  sessions: PlanSession[];
}

/** One day of the reader's usual week, Monday first: the run and the session placed on it. */
export interface PlanDay {
  weekday: Weekday;
  run?: Exclude<RunKind, 'race'>;
  lift?: 'A' | 'B';
}

export interface Plan {
  startDate: string;
  /** Race day, or the last day of the fixed horizon with no race. */
  endDate: string;
  raceDate: string | null;
  /** The usual week: where the sessions fall when nothing else intervenes. */
  usualWeek: PlanDay[];
  weeks: PlanWeek[];
  /** Sentences for the reader about what the plan could not do, and why. */
  notes: string[];
}

/** Weeks in a plan without a race: a build long enough to feel the difference. */
export const HORIZON_WEEKS = 12;

export const WARM_UP_MINUTES = 5;

const SCHEDULING = 'scheduling-strength-training-around-running';

/** The rules a plan follows, each with the article section that explains it. */
export const PLAN_RULES = {
  'hard-day': {
    text: 'Lift on a hard-run day, 3 hours or more after the run, so your easy days stay easy.',
    article: SCHEDULING,
    section: 'same-day-or-different-days',
  },
  'rest-day': {
    text: 'No hard-run day fits, so the session goes on a day without running.',
    article: SCHEDULING,
    section: 'same-day-or-different-days',
  },
  'easy-day': {
    text: 'No hard-run or rest day fits, so the session follows an easy run; keep the run easy.',
    article: SCHEDULING,
    section: 'same-day-or-different-days',
  },
  'day-between': {
    text: 'Leave a day between strength sessions.',
    article: SCHEDULING,
    section: 'same-day-or-different-days',
  },
  'fresh-legs': {
    text: 'Nothing heavy the day before your long run or a hard run.',
    article: SCHEDULING,
    section: 'same-day-or-different-days',
  },
  'two-to-build': {
    text: 'Two sessions a week build strength.',
    article: SCHEDULING,
    section: 'how-often-two-sessions-to-start',
  },
  'one-to-maintain': {
    text: 'Near a race, one main session a week holds most of your strength; the second is optional.',
    article: SCHEDULING,
    section: 'building-and-maintaining',
  },
  'learn-first': {
    text: 'New to lifting: learn the movements with your bodyweight before adding load.',
    article: 'how-to-start-strength-training-runners',
    section: 'weeks-1-and-2-bodyweight-and-technique',
  },
  deload: {
    text: 'A lighter week at least every fourth week lets the work sink in.',
    article: 'strength-training-program-for-runners',
    section: 'the-8-week-beginner-plan-at-a-glance',
  },
  taper: {
    text: 'Before a race, keep the weights and cut the sets.',
    article: SCHEDULING,
    section: 'race-weeks-and-tapering',
  },
  'race-week': {
    text: 'Race week: at most one light session, well before the race, with no jumps.',
    article: SCHEDULING,
    section: 'race-weeks-and-tapering',
  },
  'nothing-new': {
    text: 'No new exercises in the last two weeks before a race.',
    article: SCHEDULING,
    section: 'race-weeks-and-tapering',
  },
  'first-days': {
    text: 'A short first week: ease in with the movements, and the plan proper starts on week 1.',
    article: 'how-to-start-strength-training-runners',
    section: 'weeks-1-and-2-bodyweight-and-technique',
  },
  trail: {
    text: 'Off-road, every root and rock asks your ankles and hips for a quick correction, so the plan favours one-leg, hip and foot work. No trial has shown that it prevents falls.',
    article: 'strength-training-balance-stability-runners',
    section: 'trails-uneven-ground-and-falls',
  },
} as const satisfies Record<string, { text: string; article: string; section: string }>;

export type RuleId = keyof typeof PLAN_RULES;

/** Each rule as a plan carries it, made once: a plan repeats the same few hundreds of times. */
const RULE_LINKS = new Map(
  (Object.keys(PLAN_RULES) as RuleId[]).map((id) => {
    const { text, article, section } = PLAN_RULES[id];
    return [id, { id, text, href: withFragment(routes.article(article), section) }] as const;
  }),
);

function rule(id: RuleId): PlanRule {
  return { ...RULE_LINKS.get(id)! };
}

/** Days before the race the last race-week session may fall, by distance (the taper table). */
const RACE_WEEK_GAP = { '5k': 4, '10k': 4, half: 5, marathon: undefined } as const;

/** Weeks of learning before the build, by experience. */
const LEARN_WEEKS: Record<Experience, number> = { new: 2, some: 1, regular: 0 };

const EXPERIENCE_RANK: Record<Experience, number> = { new: 0, some: 1, regular: 2 };

/** A library exercise that can fill a slot, from the experience it suits. */
interface Candidate {
  id: string;
  from: Experience;
  /** Reps for accessory, hold and jump lines; main and strength lines follow the progression. */
  reps?: string;
  perSide?: boolean;
}

/** A place in a session: what kind of line, who can fill it, and in which order it is cut. */
interface Slot {
  kind: LineKind;
  /** Lower is kept first when the session is too long for the time chosen. */
  priority: number;
  /** The priority for a runner on trails, where this slot's work matters more. */
  trailPriority?: number;
  build: readonly Candidate[];
  /** Bodyweight versions for a new lifter's learning weeks; none leaves the slot out then. */
  learn: readonly Candidate[];
}

/**
 * The two sessions, after the fixed programs: A is a squat day (jump, squat, single-leg, calf,
 * push, trunk), B a hinge day (jump, hinge, single-leg, soleus, pull, hip, trunk). Each slot
 * lists the library exercises that can fill it, best first.
 */
const SESSIONS: Record<'A' | 'B', readonly Slot[]> = {
  A: [
    {
      kind: 'jump',
      priority: 4,
      build: [{ id: 'pogo-hops', from: 'new', reps: '15' }],
      learn: [],
    },
    {
      kind: 'main',
      priority: 0,
      build: [
        { id: 'back-squat', from: 'some' },
        { id: 'goblet-squat', from: 'new' },
        { id: 'rear-foot-elevated-split-squat', from: 'some', perSide: true },
        { id: 'split-squat', from: 'new', perSide: true },
        { id: 'bodyweight-squat', from: 'new' },
      ],
      learn: [{ id: 'bodyweight-squat', from: 'new' }],
    },
    {
      kind: 'strength',
      priority: 1,
      build: [
        { id: 'rear-foot-elevated-split-squat', from: 'some', perSide: true },
        { id: 'split-squat', from: 'new', perSide: true },
        { id: 'reverse-lunge', from: 'new', perSide: true },
      ],
      learn: [{ id: 'split-squat', from: 'new', perSide: true }],
    },
    {
      kind: 'accessory',
      priority: 2,
      build: [
        { id: 'single-leg-calf-raise', from: 'some', reps: '10/side' },
        { id: 'standing-calf-raise', from: 'new', reps: '12' },
      ],
      learn: [{ id: 'standing-calf-raise', from: 'new', reps: '12' }],
    },
    {
      kind: 'accessory',
      priority: 3,
      build: [{ id: 'push-up', from: 'new', reps: '8-12' }],
      learn: [{ id: 'push-up', from: 'new', reps: '6-8' }],
    },
    {
      kind: 'hold',
      priority: 5,
      build: [
        { id: 'copenhagen-plank', from: 'some', reps: '20 s/side' },
        { id: 'plank', from: 'new', reps: '30 s' },
      ],
      learn: [{ id: 'plank', from: 'new', reps: '20 s' }],
    },
    {
      // The shin muscle the calf raises leave out: kept when a session has the time, and ahead
      // of the push-up for a trail runner (foot and ankle work).
      kind: 'accessory',
      priority: 7,
      trailPriority: 2.5,
      build: [{ id: 'tibialis-raise', from: 'new', reps: '15' }],
      learn: [{ id: 'tibialis-raise', from: 'new', reps: '15' }],
    },
  ],
  B: [
    {
      kind: 'jump',
      priority: 4,
      build: [
        { id: 'box-jump', from: 'regular', reps: '3' },
        { id: 'squat-jump', from: 'some', reps: '4' },
        { id: 'pogo-hops', from: 'new', reps: '15' },
      ],
      learn: [],
    },
    {
      kind: 'main',
      priority: 0,
      build: [
        { id: 'trap-bar-deadlift', from: 'some' },
        { id: 'romanian-deadlift', from: 'some' },
        { id: 'kettlebell-deadlift', from: 'new' },
        { id: 'single-leg-romanian-deadlift', from: 'new', perSide: true },
        { id: 'single-leg-glute-bridge', from: 'new', perSide: true },
        { id: 'glute-bridge', from: 'new' },
      ],
      learn: [{ id: 'glute-bridge', from: 'new' }],
    },
    {
      kind: 'strength',
      priority: 1,
      build: [
        { id: 'step-up', from: 'new', perSide: true },
        { id: 'single-leg-romanian-deadlift', from: 'new', perSide: true },
        { id: 'single-leg-glute-bridge', from: 'new', perSide: true },
      ],
      // Without a box or dumbbell for the step-up, the one-leg Romanian deadlift is learned
      // unloaded: it is the hinge day's main lift when there is nothing to load a deadlift with.
      learn: [
        { id: 'step-up', from: 'new', perSide: true },
        { id: 'single-leg-romanian-deadlift', from: 'new', perSide: true },
        { id: 'single-leg-glute-bridge', from: 'new', perSide: true },
      ],
    },
    {
      kind: 'accessory',
      priority: 2,
      build: [{ id: 'bent-knee-calf-raise', from: 'new', reps: '12' }],
      learn: [{ id: 'bent-knee-calf-raise', from: 'new', reps: '15' }],
    },
    {
      kind: 'accessory',
      priority: 3,
      build: [
        { id: 'pull-up', from: 'regular', reps: '3-6' },
        { id: 'inverted-row', from: 'some', reps: '8-12' },
        { id: 'dumbbell-row', from: 'new', reps: '10/side' },
      ],
      learn: [
        { id: 'inverted-row', from: 'new', reps: '8-10' },
        { id: 'dumbbell-row', from: 'new', reps: '10/side' },
      ],
    },
    {
      // Ahead of the trunk exercise: the hip work runners need, and the one use of a band.
      kind: 'accessory',
      priority: 5,
      trailPriority: 2.5,
      build: [
        { id: 'banded-hip-abduction', from: 'new', reps: '12 steps each way' },
        { id: 'side-lying-hip-abduction', from: 'new', reps: '12/side' },
      ],
      learn: [{ id: 'side-lying-hip-abduction', from: 'new', reps: '12/side' }],
    },
    {
      kind: 'hold',
      priority: 6,
      build: [
        { id: 'dead-bug', from: 'new', reps: '8/side' },
        { id: 'side-plank', from: 'new', reps: '25 s/side' },
      ],
      learn: [{ id: 'side-plank', from: 'new', reps: '15 s/side' }],
    },
    {
      // More posterior-chain work when a session has the time; never in the learning weeks.
      kind: 'accessory',
      priority: 8,
      build: [
        { id: 'nordic-hamstring-curl', from: 'regular', reps: '3-5' },
        { id: 'hip-thrust', from: 'some', reps: '8-12' },
      ],
      learn: [],
    },
  ],
};

/** Every exercise id the generator may choose: the library must hold each (a test checks). */
export const PLAN_EXERCISE_IDS: readonly string[] = [
  ...new Set(
    Object.values(SESSIONS).flatMap((slots) =>
      slots.flatMap((slot) => [...slot.build, ...slot.learn].map((candidate) => candidate.id)),
    ),
  ),
].sort();

/** Seconds one set takes with its rest; paired exercises alternate, as in the fixed programs. */
const SECONDS_PER_SET: Record<LineKind, number> = {
  jump: 45,
  main: 120,
  strength: 75,
  accessory: 60,
  hold: 45,
};

/** Most sets of one line a session of each length holds: short sessions do fewer, not less. */
function setCap(kind: LineKind, minutes: number): number {
  if (kind === 'main') return minutes <= 20 ? 3 : 4;
  return minutes <= 20 ? 2 : minutes >= 45 ? 4 : 3;
}

/** A chosen exercise for a slot: the line before its dose. */
interface Choice {
  slot: Slot;
  candidate: Candidate;
}

/** How a week doses its lines. `step` is the week's place in its block of heavier weeks (0-2). */
type Dose =
  | { kind: 'learn' }
  | { kind: 'build'; step: number }
  | { kind: 'maintain' }
  | { kind: 'light' }
  | { kind: 'race' };

const MAIN_REPS: Record<Experience, readonly string[]> = {
  new: ['10', '8', '8'],
  some: ['8', '6', '6'],
  regular: ['6', '5', '4'],
};

/**
 * Reps of the leg lifts with nothing to load them (no equipment, or bands): fewer reps need a
 * heavier weight, so without one the plan progresses by reps, sets and reps in reserve instead,
 * within the 8 to 10 per side that the library's one-leg lifts all list in their dose.
 */
const UNLOADED_REPS: readonly string[] = ['8', '10', '10'];

/** Whether the reader has a weight to load the leg lifts with. */
const canLoad = (answers: PlanAnswers) =>
  answers.equipment !== 'none' && answers.equipment !== 'bands';

/** Sets, reps and reps in reserve of one line in a week, before the session is fitted. */
function dose(
  pick: Choice,
  week: Dose,
  experience: Experience,
  minutes: number,
  loaded: boolean,
): PlanLine | undefined {
  const { kind } = pick.slot;
  const { id, reps: fixedReps, perSide } = pick.candidate;
  const cap = setCap(kind, minutes);
  const side = (reps: string) => (perSide ? `${reps}/side` : reps);
  if (kind === 'jump' && (week.kind === 'race' || week.kind === 'learn')) return undefined;
  const step = week.kind === 'build' ? week.step : 0;
  const base = loaded
    ? {
        main: MAIN_REPS[experience],
        strength: experience === 'regular' ? ['6', '6', '6'] : ['8', '8', '8'],
      }
    : { main: UNLOADED_REPS, strength: UNLOADED_REPS };
  let sets: number;
  let rir: number | undefined;
  switch (week.kind) {
    case 'learn':
      sets = 2;
      rir = 4;
      break;
    case 'build':
      sets =
        kind === 'main'
          ? [3, 3, 4][step]!
          : kind === 'hold' || kind === 'jump'
            ? 2 + Math.min(step, 1)
            : 3;
      rir = [3, 2, experience === 'regular' ? 1 : 2][step];
      // A 45-minute session spends its extra time on the leg lifts: four sets of the main lift
      // every build week (no more: it follows a hard run) and one more of the one-leg lift.
      if (minutes >= 45 && kind === 'main') sets = 4;
      if (minutes >= 45 && kind === 'strength') sets += 1;
      break;
    case 'maintain':
      sets = kind === 'main' ? 3 : 2;
      rir = 2;
      break;
    case 'light':
      sets = kind === 'main' || kind === 'strength' || kind === 'accessory' ? 2 : 1;
      rir = 3;
      break;
    case 'race':
      sets = kind === 'main' ? 2 : 1;
      rir = 3;
      break;
  }
  let reps: string;
  if (kind === 'main' || kind === 'strength') {
    const table = base[kind];
    const maintainReps = experience === 'new' || !loaded ? '8' : '5';
    reps =
      week.kind === 'learn'
        ? side(experience === 'new' ? '10' : '8')
        : week.kind === 'build'
          ? side(table[step]!)
          : side(kind === 'main' ? maintainReps : table[0]!);
  } else {
    reps = fixedReps ?? '10';
  }
  // Typeset like every range a reader sees (src/lib/typography.ts): "8-12" reads "8–12".
  const line: PlanLine = {
    exercise: id,
    kind,
    sets: Math.min(sets, cap),
    reps: enDashRanges(reps),
  };
  if (kind !== 'jump' && kind !== 'hold' && rir !== undefined) line.rir = rir;
  return line;
}

const lineSeconds = (line: PlanLine) => line.sets * SECONDS_PER_SET[line.kind];

const sessionMinutes = (lines: readonly PlanLine[]) =>
  WARM_UP_MINUTES + Math.ceil(lines.reduce((sum, line) => sum + lineSeconds(line), 0) / 60);

/** The muscle groups of the library that trails ask most of: the foot, the shin, the outer hip. */
const TRAIL_MUSCLES = new Set(['foot', 'tibialis-anterior', 'hip-abductors']);

/**
 * How much an exercise suits a trail runner, from the library's own data: one point per muscle
 * group of the foot, shin or outer hip it works, and one for working one leg at a time.
 */
function trailScore(candidate: Candidate, library: ReadonlyMap<string, LibraryExercise>): number {
  const muscles = library.get(candidate.id)?.muscles ?? [];
  return muscles.filter((m) => TRAIL_MUSCLES.has(m)).length + (candidate.perSide ? 1 : 0);
}

/**
 * The exercises of one session for one stage: for each slot, the first candidate the reader's
 * experience, equipment and library allow (and not already in the session), kept in order of
 * priority while the heaviest week of the stage still fits the chosen length. A new lifter's
 * learning weeks fill only the slots the build keeps (`builds`): they teach the movements the
 * build then loads, not one the build has no time for.
 */
function chooseExercises(
  letter: 'A' | 'B',
  stage: 'learn' | 'build',
  answers: PlanAnswers,
  library: ReadonlyMap<string, LibraryExercise>,
  builds?: readonly Choice[],
): Choice[] {
  const kit = new Set<Equipment>(PLAN_EQUIPMENT[answers.equipment].kit);
  const rank = EXPERIENCE_RANK[answers.experience];
  const offRoad = answers.terrain !== 'road';
  const used = new Set<string>();
  const picks: Choice[] = [];
  const built = builds && new Set(builds.map((pick) => pick.slot));
  for (const slot of SESSIONS[letter]) {
    if (built && !built.has(slot)) continue;
    let candidates = stage === 'learn' ? slot.learn : slot.build;
    // Off-road, the supporting slots put one-leg, hip and foot work first; the main lift and
    // the jump, which carry the plan's progression, stay.
    if (offRoad && slot.kind !== 'main' && slot.kind !== 'jump') {
      candidates = [...candidates].sort((a, b) => trailScore(b, library) - trailScore(a, library));
    }
    const candidate = candidates.find((c) => {
      const exercise = library.get(c.id);
      return (
        exercise !== undefined &&
        EXPERIENCE_RANK[c.from] <= rank &&
        !used.has(c.id) &&
        exercise.equipment.some((item) => item === 'bodyweight' || kit.has(item))
      );
    });
    if (!candidate) continue;
    used.add(candidate.id);
    picks.push({ slot, candidate });
  }
  // Fit the heaviest dose of the stage, so every week of it fits.
  const heaviest: Dose = stage === 'learn' ? { kind: 'learn' } : { kind: 'build', step: 2 };
  const budget = (answers.sessionMinutes - WARM_UP_MINUTES) * 60;
  let seconds = 0;
  const kept = new Set<Choice>();
  const priority = (slot: Slot) =>
    answers.terrain === 'trail' ? (slot.trailPriority ?? slot.priority) : slot.priority;
  for (const pick of [...picks].sort((a, b) => priority(a.slot) - priority(b.slot))) {
    const line = dose(pick, heaviest, answers.experience, answers.sessionMinutes, canLoad(answers));
    const cost = line ? lineSeconds(line) : 0;
    if (seconds + cost > budget) continue;
    seconds += cost;
    kept.add(pick);
  }
  return picks.filter((pick) => kept.has(pick));
}

/** The weekly pattern: which weekdays hold a session, and how good a day each is. */
interface PatternSlot {
  weekday: Weekday;
  timing: SessionTiming;
}

const TIMING_SCORE: Record<SessionTiming, number> = {
  'after-hard-run': 3,
  'rest-day': 2,
  'after-easy-run': 1,
};

/**
 * The days of the usual week that hold the two sessions. A day qualifies if it is not the long
 * run and the next day is neither the long run nor a hard run; two chosen days are never
 * neighbours, Sunday and Monday included, so any weeks built from the pattern keep a day between
 * sessions. Hard-run days are best, then days without running, then easy-run days; among equals,
 * the days furthest apart, then the earliest.
 */
export function weeklyPattern(answers: PlanAnswers): PatternSlot[] {
  const runs = new Set(answers.runDays);
  const hard = new Set(answers.hardDays);
  const eligible: PatternSlot[] = [];
  WEEKDAYS.forEach((weekday, d) => {
    const next = WEEKDAYS[(d + 1) % 7]!;
    if (weekday === answers.longRunDay) return;
    if (next === answers.longRunDay || hard.has(next)) return;
    const timing: SessionTiming = hard.has(weekday)
      ? 'after-hard-run'
      : runs.has(weekday)
        ? 'after-easy-run'
        : 'rest-day';
    eligible.push({ weekday, timing });
  });
  const index = (slot: PatternSlot) => WEEKDAYS.indexOf(slot.weekday);
  let best: PatternSlot[] = [];
  let bestScore = -Infinity;
  for (let i = 0; i < eligible.length; i++) {
    for (let j = i + 1; j < eligible.length; j++) {
      const gap = index(eligible[j]!) - index(eligible[i]!);
      const cyclicGap = Math.min(gap, 7 - gap);
      if (cyclicGap < 2) continue;
      const score =
        (TIMING_SCORE[eligible[i]!.timing] + TIMING_SCORE[eligible[j]!.timing]) * 10 + cyclicGap;
      if (score > bestScore) {
        bestScore = score;
        best = [eligible[i]!, eligible[j]!];
      }
    }
  }
  if (best.length === 0 && eligible.length > 0) {
    best = [[...eligible].sort((a, b) => TIMING_SCORE[b.timing] - TIMING_SCORE[a.timing])[0]!];
  }
  return best;
}

/** The phase each week would have for the rules: deload weeks count as deload. */
function rulePhase(week: Pick<PlanWeek, 'phase' | 'deload'>): WeekPhase {
  if (week.deload) return 'deload';
  return week.phase === 'race-week' ? 'taper' : week.phase;
}

const setsOf = (sessions: readonly PlanSession[]) =>
  sessions.reduce((sum, s) => sum + s.exercises.reduce((inner, line) => inner + line.sets, 0), 0);

/**
 * Makes a lighter week lighter than the week before, as the rules require: takes a set off the
 * line with most sets (the last such), then drops lines from the end, then sessions.
 */
function lighten(sessions: PlanSession[], limit: number): PlanSession[] {
  const result = sessions.map((s) => ({ ...s, exercises: s.exercises.map((l) => ({ ...l })) }));
  while (result.length > 0 && setsOf(result) >= limit) {
    const lines = result.flatMap((s) => s.exercises);
    const most = Math.max(...lines.map((l) => l.sets));
    if (most > 1) {
      const line = lines.findLast((l) => l.sets === most)!;
      line.sets -= 1;
    } else {
      const last = result.at(-1)!;
      last.exercises.pop();
      if (last.exercises.length === 0) result.pop();
    }
  }
  return result;
}

/**
 * The plan for these answers. `answers` must be valid (as `parsePlanQuery` returns them);
 * `library` is the exercise library; `today` (YYYY-MM-DD) is only used when the answers carry
 * no start, which valid answers always do, so it keeps the signature honest about the clock.
 */
export function buildPlan(
  answers: PlanAnswers,
  exerciseLibrary: readonly LibraryExercise[],
  today: string,
): Plan {
  const start = dayNumber(answers.startDate) ?? dayNumber(today);
  if (start === undefined) {
    throw new Error(`buildPlan: startDate and today must be YYYY-MM-DD dates`);
  }
  const race = answers.raceDate === null ? undefined : dayNumber(answers.raceDate);
  if (race !== undefined && race < start) {
    throw new Error(
      `buildPlan: the race (${answers.raceDate}) is before the start (${answers.startDate}); parse answers with parsePlanQuery first`,
    );
  }
  const library = new Map(exerciseLibrary.map((exercise) => [exercise.id, exercise]));
  const notes: string[] = [];

  // Weeks: with a race, seven-day blocks that end on race day (the first may be shorter);
  // without, a fixed number of blocks from the start.
  const blocks: { start: number; end: number }[] = [];
  if (race !== undefined) {
    for (let end = race; end >= start; end -= 7)
      blocks.unshift({ start: Math.max(start, end - 6), end });
  } else {
    for (let w = 0; w < HORIZON_WEEKS; w++)
      blocks.push({ start: start + 7 * w, end: start + 7 * w + 6 });
  }
  const n = blocks.length;

  const pattern = weeklyPattern(answers);
  // A first week cut too short to hold every session of the usual week is week 0: a few days
  // of getting started, so the learning (or building) it would have counted as is not lost.
  const stub = blocks[0]!;
  const hasWeekZero =
    n >= 2 &&
    stub.end - stub.start < 6 &&
    pattern.some(
      (slot) =>
        !Array.from({ length: stub.end - stub.start + 1 }, (_, d) =>
          weekdayOf(stub.start + d),
        ).includes(slot.weekday),
    );
  const first = hasWeekZero ? 1 : 0;

  // Phases: race week last, a taper week before it for the longer races, learning first, a
  // maintenance block before the taper of a long build, building in between.
  const phases: PlanPhase[] = blocks.map(() => 'build');
  if (race !== undefined) {
    phases[n - 1] = 'race-week';
    if (n >= 2 && (answers.raceDistance === 'half' || answers.raceDistance === 'marathon')) {
      phases[n - 2] = 'taper';
    }
    const firstLight = phases.findIndex((phase) => phase === 'taper' || phase === 'race-week');
    if (n - first >= 12) for (let w = firstLight - 4; w < firstLight; w++) phases[w] = 'maintain';
  }
  if (hasWeekZero) phases[0] = 'learn';
  for (let w = first; w < Math.min(first + LEARN_WEEKS[answers.experience], n); w++) {
    if (phases[w] !== 'race-week') phases[w] = 'learn';
  }
  // Never more than three heavier weeks in a row: every fourth is a deload.
  const deloads = phases.map(() => false);
  const steps = phases.map(() => 0);
  let heavy = 0;
  phases.forEach((phase, w) => {
    if (phase !== 'build' && phase !== 'maintain') {
      heavy = 0;
    } else if (heavy === 3) {
      deloads[w] = true;
      heavy = 0;
    } else {
      steps[w] = heavy;
      heavy += 1;
    }
  });

  if (pattern.length === 0) {
    notes.push(
      'Every day of your week is a long run, a hard run or the day before one, so no strength session fits. Move a hard run or take a rest day, and the plan will find room.',
    );
  } else if (pattern.length === 1) {
    notes.push(
      'Only one day of your week fits a strength session without crowding a long or hard run, so the plan has one session a week.',
    );
  }
  const letterOf = new Map(pattern.map((slot, i) => [slot.weekday, i === 0 ? 'A' : 'B'] as const));
  const timingOf = new Map(pattern.map((slot) => [slot.weekday, slot.timing]));

  const build = {
    A: chooseExercises('A', 'build', answers, library),
    B: chooseExercises('B', 'build', answers, library),
  };
  // Only a new lifter learns with other (bodyweight) exercises; the others learn the build's.
  const exercises = {
    build,
    learn:
      answers.experience === 'new'
        ? {
            A: chooseExercises('A', 'learn', answers, library, build.A),
            B: chooseExercises('B', 'learn', answers, library, build.B),
          }
        : build,
  };
  /** The stage of the last week with sessions: a taper keeps to what the reader has done. */
  let lastStage: 'learn' | 'build' = 'learn';
  /** The session done most recently: the one a taper repeats, since its exercises are familiar. */
  let lastLetter: 'A' | 'B' = 'A';

  const settledFrom = race === undefined ? Infinity : race - 7 * SETTLED_WEEKS + 1;
  const seenBeforeSettled = new Set<string>();
  const raceGap = RACE_WEEK_GAP[answers.raceDistance];
  const weeks: PlanWeek[] = [];

  blocks.forEach((block, w) => {
    const phase = phases[w]!;
    const deload = deloads[w]!;
    let sessions: PlanSession[] = [];
    for (let day = block.start; day <= block.end; day++) {
      const weekday = weekdayOf(day);
      const patternLetter = letterOf.get(weekday);
      if (patternLetter === undefined) continue;
      let letter: 'A' | 'B' = patternLetter;
      let optional = false;
      let weekDose: Dose;
      const rules: RuleId[] = [];
      if (phase === 'learn') {
        weekDose = { kind: 'learn' };
        if (hasWeekZero && w === 0) rules.push('first-days');
        if (answers.experience === 'new') rules.push('learn-first');
      } else if (phase === 'build') {
        weekDose = deload ? { kind: 'light' } : { kind: 'build', step: steps[w]! };
        rules.push(deload ? 'deload' : 'two-to-build');
      } else if (phase === 'maintain') {
        if (deload && patternLetter === 'B') continue;
        optional = patternLetter === 'B';
        weekDose = deload || optional ? { kind: 'light' } : { kind: 'maintain' };
        rules.push(deload ? 'deload' : 'one-to-maintain');
      } else if (phase === 'taper') {
        if (sessions.length > 0) continue;
        letter = lastLetter;
        weekDose = { kind: 'light' };
        rules.push('taper');
      } else {
        if (
          raceGap === undefined ||
          race === undefined ||
          day > race - raceGap ||
          sessions.length > 0
        )
          continue;
        letter = lastLetter;
        weekDose = { kind: 'race' };
        rules.push('race-week');
      }
      const stage =
        phase === 'learn'
          ? 'learn'
          : phase === 'taper' || phase === 'race-week'
            ? lastStage
            : 'build';
      let lines = exercises[stage][letter]
        .map((pick) =>
          dose(pick, weekDose, answers.experience, answers.sessionMinutes, canLoad(answers)),
        )
        .filter((line): line is PlanLine => line !== undefined);
      if (day >= settledFrom) {
        lines = lines.filter((line) => seenBeforeSettled.has(line.exercise));
        rules.push('nothing-new');
      }
      if (lines.length === 0) continue;
      const timing = timingOf.get(weekday)!;
      sessions.push({
        id: letter,
        optional,
        date: isoDay(day),
        weekday,
        timing,
        exercises: lines,
        warmUpMinutes: WARM_UP_MINUTES,
        minutes: 0,
        rules: [
          rule(
            timing === 'after-hard-run'
              ? 'hard-day'
              : timing === 'rest-day'
                ? 'rest-day'
                : 'easy-day',
          ),
          ...(pattern.length > 1 ? [rule('day-between')] : []),
          ...(answers.longRunDay !== null || answers.hardDays.length > 0
            ? [rule('fresh-legs')]
            : []),
          ...rules.map(rule),
          ...(answers.terrain === 'road' ? [] : [rule('trail')]),
        ],
      });
    }
    const previous = weeks.at(-1);
    if (previous && (deload || phase === 'taper' || phase === 'race-week')) {
      sessions = lighten(sessions, setsOf(previous.sessions));
    }
    if (sessions.length > 0 && (phase === 'learn' || phase === 'build' || phase === 'maintain')) {
      lastStage = phase === 'learn' ? 'learn' : 'build';
    }
    for (const session of sessions) {
      session.minutes = sessionMinutes(session.exercises);
      if (phase !== 'taper' && phase !== 'race-week') lastLetter = session.id;
      if (dayNumber(session.date)! < settledFrom) {
        for (const line of session.exercises) seenBeforeSettled.add(line.exercise);
      }
    }
    weeks.push({
      number: w + 1 - first,
      startDate: isoDay(block.start),
      endDate: isoDay(block.end),
      phase,
      deload,
      sessions,
    });
  });

  if (race !== undefined && race - start < 7 * SETTLED_WEEKS) {
    notes.push(
      `Your race is ${race - start} days after the plan starts: too close to start new exercises, so the plan has no strength sessions before it. Start after the race.`,
    );
  } else if (race !== undefined && answers.raceDistance === 'marathon') {
    notes.push(
      'Marathon race week has no strength session: skip it, and lift again about a week after the race.',
    );
  }

  return {
    startDate: answers.startDate,
    endDate: isoDay(blocks.at(-1)!.end),
    raceDate: answers.raceDate,
    usualWeek: WEEKDAYS.map((weekday) => {
      const day: PlanDay = { weekday };
      if (weekday === answers.longRunDay) day.run = 'long';
      else if (answers.hardDays.includes(weekday)) day.run = 'hard';
      else if (answers.runDays.includes(weekday)) day.run = 'easy';
      const lift = letterOf.get(weekday);
      if (lift) day.lift = lift;
      return day;
    }),
    weeks,
    notes,
  };
}

/** The plan as the program rules see a program, so one rule set binds both. */
export function planAsRuleProgram(plan: Plan, answers: PlanAnswers): RuleProgram {
  const sessions = plan.weeks.flatMap((week) => week.sessions);
  const ids = new Set(sessions.map((session) => session.id));
  const mainLifts = [
    ...new Set(
      sessions.flatMap((s) => s.exercises.filter((l) => l.kind === 'main').map((l) => l.exercise)),
    ),
  ];
  return {
    level: answers.experience === 'new' && sessions.length > 0 ? 'beginner' : 'intermediate',
    repeats: false,
    equipment: PLAN_EQUIPMENT[answers.equipment].kit,
    sessionMinutes: { min: WARM_UP_MINUTES + 1, max: answers.sessionMinutes },
    mainLifts: mainLifts.map((id) => ({ exercise: { id } })),
    // The usual week as the plan uses it: a race too close for session B (or any) leaves it out.
    sampleWeeks: [
      {
        label: 'Your usual week',
        days: plan.usualWeek.map((day) => ({
          run: day.run,
          lift: day.lift !== undefined && ids.has(day.lift) ? day.lift : undefined,
        })),
      },
    ],
    // A plan without sessions yet (a race too close) has nothing for the weekly rules to check.
    plan: (sessions.length > 0 ? plan.weeks : []).map((week) => ({
      week: week.number,
      phase: rulePhase(week),
      sessions: week.sessions.map((session) => ({
        id: session.id,
        optional: session.optional,
        minutes: session.minutes,
        exercises: session.exercises.map((line) => ({
          exercise: { id: line.exercise },
          alternatives: [],
          sets: line.sets,
          rir: line.rir,
        })),
      })),
    })),
  };
}

/** Every day of the plan as the day rules see it: the reader's runs, race day, the sessions. */
export function planDays(plan: Plan): RuleDay[] {
  const first = dayNumber(plan.startDate)!;
  const last = dayNumber(plan.endDate)!;
  const lifts = new Map(
    plan.weeks.flatMap((week) => week.sessions.map((s) => [s.date, s.id] as const)),
  );
  const days: RuleDay[] = [];
  for (let day = first; day <= last; day++) {
    const iso = isoDay(day);
    const usual = plan.usualWeek[WEEKDAYS.indexOf(weekdayOf(day))]!;
    days.push({
      run: iso === plan.raceDate ? 'race' : usual.run,
      lift: lifts.get(iso),
    });
  }
  return days;
}

/**
 * Every rule a plan breaks, as sentences: the program rules (weeks, volume, deloads, new
 * exercises near the race, session length, the usual week), the day rules over every date of the
 * plan, and the equipment rule against the library. Empty for every plan `buildPlan` makes.
 */
export function planRuleProblems(
  plan: Plan,
  answers: PlanAnswers,
  exerciseLibrary: readonly LibraryExercise[],
): string[] {
  const program = planAsRuleProgram(plan, answers);
  const problems = checkProgram(program).map((p) => `${p.path.join('.')}: ${p.message}`);
  const first = dayNumber(plan.startDate)!;
  problems.push(
    ...checkDayRules(planDays(plan), { cyclic: false, dayName: (d) => isoDay(first + d) }).map(
      (p) => `${isoDay(first + p.day)}: ${p.message}`,
    ),
  );
  const equipment = new Map(exerciseLibrary.map((e) => [e.id, e.equipment] as const));
  problems.push(
    ...checkProgramSet([{ id: 'plan', file: 'plan', data: program }], equipment).map(
      (p) => `${p.field}: ${p.message}`,
    ),
  );
  return problems;
}
