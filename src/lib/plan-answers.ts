import { EQUIPMENT_KEYS, type Equipment } from './taxonomy';

/**
 * The reader's answers to the plan form (issue 19), their defaults, and their form in a URL
 * query string. The query string is the only place answers live (a link reproduces a plan), so
 * reading it must never throw: whatever a hand-edited or old link holds, `parsePlanQuery` returns
 * usable answers and one message per value it had to replace, saying what was wrong and what the
 * plan uses instead. Dates are calendar days written YYYY-MM-DD; `today` is always an argument.
 */

/** Days of the week, Monday first, as the query string writes them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** Session lengths a reader can choose, warm-up included, in minutes. */
export const SESSION_LENGTHS = [20, 30, 45] as const;
export type SessionLength = (typeof SESSION_LENGTHS)[number];

/**
 * What the reader has to lift with, and the library equipment values each choice makes available
 * (bodyweight always). "One adjustable dumbbell or kettlebell" allows exercises that list either.
 */
export const PLAN_EQUIPMENT = {
  none: { label: 'None', kit: ['bodyweight'] },
  bands: { label: 'Resistance bands', kit: ['bodyweight', 'resistance-band'] },
  'dumbbell-or-kettlebell': {
    label: 'One adjustable dumbbell or kettlebell',
    kit: ['bodyweight', 'dumbbell', 'kettlebell'],
  },
  gym: { label: 'A full gym', kit: EQUIPMENT_KEYS },
} as const satisfies Record<string, { label: string; kit: readonly Equipment[] }>;
export type PlanEquipment = keyof typeof PLAN_EQUIPMENT;
export const PLAN_EQUIPMENT_KEYS = Object.keys(PLAN_EQUIPMENT) as PlanEquipment[];

export const EXPERIENCE = {
  new: { label: 'New to lifting' },
  some: { label: 'Has lifted before' },
  regular: { label: 'Lifts regularly' },
} as const satisfies Record<string, { label: string }>;
export type Experience = keyof typeof EXPERIENCE;
export const EXPERIENCE_KEYS = Object.keys(EXPERIENCE) as Experience[];

/** Race distances, grouped as the taper table of the scheduling article groups them. */
export const RACE_DISTANCES = {
  '5k': { label: '5K' },
  '10k': { label: '10K' },
  half: { label: 'Half marathon' },
  marathon: { label: 'Marathon' },
} as const satisfies Record<string, { label: string }>;
export type RaceDistance = keyof typeof RACE_DISTANCES;
export const RACE_DISTANCE_KEYS = Object.keys(RACE_DISTANCES) as RaceDistance[];

/**
 * Where the reader mostly runs. Trails favour the library's one-leg, hip and foot work
 * (plan-builder.ts); road and track, the most common answer, is the default.
 */
export const TERRAINS = {
  road: { label: 'Road or track' },
  trail: { label: 'Trails or hills' },
  mixed: { label: 'A mix of both' },
} as const satisfies Record<string, { label: string }>;
export type Terrain = keyof typeof TERRAINS;
export const TERRAIN_KEYS = Object.keys(TERRAINS) as Terrain[];

/** Furthest a race may lie after the start: beyond this a link is more likely a typo than a plan. */
export const MAX_DAYS_TO_RACE = 3 * 365;

/** Furthest ahead a plan may start. */
export const MAX_DAYS_TO_START = 365;

export interface PlanAnswers {
  /** Days the reader runs, Monday first, each once; at least one. */
  runDays: Weekday[];
  /** Running days with a hard session (intervals, tempo); a subset of runDays. */
  hardDays: Weekday[];
  /** The long run's day, a running day that is not a hard day; null if there is none. */
  longRunDay: Weekday | null;
  /** Race day as YYYY-MM-DD, on or after the start; null for "no race, just stronger". */
  raceDate: string | null;
  raceDistance: RaceDistance;
  sessionMinutes: SessionLength;
  equipment: PlanEquipment;
  experience: Experience;
  terrain: Terrain;
  /** First day of the plan, YYYY-MM-DD. */
  startDate: string;
}

/** One replaced value: the answer it concerns and a sentence for the reader. */
export interface AnswerMessage {
  field: keyof PlanAnswers;
  message: string;
}

/** What the form starts with: a typical four-day runner with two workouts, no race, a gym. */
export function defaultAnswers(today: string): PlanAnswers {
  return {
    runDays: ['tue', 'thu', 'sat', 'sun'],
    hardDays: ['tue', 'thu'],
    longRunDay: 'sun',
    raceDate: null,
    raceDistance: '10k',
    sessionMinutes: 30,
    equipment: 'gym',
    experience: 'some',
    terrain: 'road',
    startDate: today,
  };
}

/** The query-string key of each answer. Short, because the link is shared. */
const KEYS = {
  runDays: 'run',
  hardDays: 'hard',
  longRunDay: 'long',
  raceDate: 'race',
  raceDistance: 'distance',
  sessionMinutes: 'minutes',
  equipment: 'kit',
  experience: 'experience',
  terrain: 'terrain',
  startDate: 'start',
} as const satisfies Record<keyof PlanAnswers, string>;

/** The value that stands for "none" in `long` and `race`. */
const NONE = 'none';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a YYYY-MM-DD date, or undefined if it is not a real calendar day. */
export function dayNumber(iso: string): number | undefined {
  const match = ISO_DAY.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = Date.UTC(year, month - 1, day) / 86_400_000;
  // Date.UTC rolls 30 February over into March; a real day reads back as itself. (Not the
  // content checks' impossibleDateReason: its module brings a YAML parser into the page.)
  return isoDay(days) === iso ? days : undefined;
}

/** The YYYY-MM-DD date of a day number. */
export function isoDay(day: number): string {
  // Howard Hinnant's days-to-civil arithmetic: a plan formats hundreds of dates, and going
  // through Date and toISOString was most of the time a two-year plan took to build.
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const two = (value: number) => String(value).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(date)}`;
}

/** The weekday of a day number (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): Weekday {
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7]!;
}

/** "Tuesday, Thursday and Sunday"; "no day" for an empty list. */
export function dayList(days: readonly Weekday[]): string {
  const names = days.map((day) => WEEKDAY_NAMES[day]);
  if (names.length === 0) return 'no day';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const byWeekOrder = (a: Weekday, b: Weekday) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b);

/** A comma-separated list of days: the known days in week order, and the words it could not read. */
function readDays(value: string): { days: Weekday[]; unknown: string[] } {
  const words = value
    .split(',')
    .map((word) => word.trim().toLowerCase())
    .filter((word) => word.length > 0);
  const days = new Set<Weekday>();
  const unknown: string[] = [];
  for (const word of words) {
    const day = WEEKDAYS.find(
      (known) => known === word.slice(0, 3) && WEEKDAY_NAMES[known].toLowerCase().startsWith(word),
    );
    if (day) days.add(day);
    else unknown.push(word);
  }
  return { days: [...days].sort(byWeekOrder), unknown };
}

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');

/** '"xyz" is not a day of the week' or '"x", "y" are not days of the week'. */
const notDays = (words: readonly string[]) =>
  words.length === 1
    ? `${quoted(words)} is not a day of the week`
    : `${quoted(words)} are not days of the week`;

/**
 * Answers from a query string (with or without the leading "?"). An empty query gives the
 * defaults with no messages; otherwise every missing, unknown or contradictory value is replaced
 * and explained. Never throws. `today` (YYYY-MM-DD) is the reader's date: a race before it is over.
 */
export function parsePlanQuery(
  query: string,
  today: string,
): { answers: PlanAnswers; messages: AnswerMessage[] } {
  const todayNumber = dayNumber(today);
  if (todayNumber === undefined) {
    // A programming error, not bad input: the page always passes a real date.
    throw new Error(`parsePlanQuery: today must be a date written as YYYY-MM-DD; got "${today}"`);
  }
  const params = new URLSearchParams(query);
  const defaults = defaultAnswers(today);
  const messages: AnswerMessage[] = [];
  const say = (field: keyof PlanAnswers, message: string) => messages.push({ field, message });
  const known = Object.values(KEYS).some((key) => params.has(key));
  /**
   * A field's value. The plan form is a plain GET form, so a submitted form writes each ticked
   * day as its own `run=tue&run=thu` (joined here with commas, as links write them) and an empty
   * race or start field as `race=` (read as "no race" and "today", which is what it means).
   */
  const get = (field: keyof PlanAnswers): string | undefined => {
    const values = params.getAll(KEYS[field]);
    if (values.length === 0) return undefined;
    if (field === 'runDays' || field === 'hardDays') return values.join(',');
    if (field === 'raceDate') {
      const given = values.filter((value) => value !== '');
      return given.includes(NONE) ? NONE : (given[0] ?? NONE);
    }
    return values[0];
  };
  /** A value every non-empty link must carry; its absence is reported once. */
  const required = (field: keyof PlanAnswers, what: string, used: string): string | undefined => {
    const value = get(field);
    if (value === undefined && known)
      say(field, `The link does not say ${what}, so the plan uses ${used}.`);
    return value;
  };

  // Running days.
  let runDays = defaults.runDays;
  const runValue = required('runDays', 'which days you run', dayList(defaults.runDays));
  if (runValue !== undefined) {
    const { days, unknown } = readDays(runValue);
    if (days.length === 0) {
      say(
        'runDays',
        `The link names no running day${unknown.length ? ` (it says ${quoted(unknown)})` : ''}, so the plan uses ${dayList(defaults.runDays)}.`,
      );
    } else {
      runDays = days;
      if (unknown.length) {
        say(
          'runDays',
          `${notDays(unknown)}, so the plan leaves ${unknown.length === 1 ? 'it' : 'them'} out.`,
        );
      }
    }
  }
  const runs = new Set(runDays);

  // Long run: a running day, or none.
  let longRunDay: Weekday | null = runs.has(defaults.longRunDay!) ? defaults.longRunDay : null;
  const longValue = required(
    'longRunDay',
    'which day is your long run',
    longRunDay ? WEEKDAY_NAMES[longRunDay] : 'no long run',
  );
  if (longValue !== undefined && longValue !== NONE) {
    const { days } = readDays(longValue);
    const day = days.length === 1 ? days[0]! : undefined;
    if (day === undefined) {
      say(
        'longRunDay',
        `"${longValue}" is not one day of the week, so the plan uses ${longRunDay ? WEEKDAY_NAMES[longRunDay] : 'no long run'}.`,
      );
    } else if (!runs.has(day)) {
      longRunDay = null;
      say(
        'longRunDay',
        `Your long run is on ${WEEKDAY_NAMES[day]}, which is not one of your running days, so the plan assumes no long run.`,
      );
    } else {
      longRunDay = day;
    }
  } else if (longValue === NONE) {
    longRunDay = null;
  }

  // Hard days: running days other than the long run.
  let hardDays = defaults.hardDays.filter((day) => runs.has(day) && day !== longRunDay);
  const hardValue = required('hardDays', 'which runs are hard', dayList(hardDays));
  if (hardValue !== undefined) {
    const { days, unknown } = readDays(hardValue);
    if (unknown.length) {
      say(
        'hardDays',
        `${notDays(unknown)}, so the plan leaves ${unknown.length === 1 ? 'it' : 'them'} out of your hard days.`,
      );
    }
    const notRunning = days.filter((day) => !runs.has(day));
    if (notRunning.length) {
      say(
        'hardDays',
        `You marked ${dayList(notRunning)} as hard but do not run then, so the plan does not count ${notRunning.length === 1 ? 'it as a hard day' : 'them as hard days'}.`,
      );
    }
    if (longRunDay && days.includes(longRunDay)) {
      say(
        'hardDays',
        `${WEEKDAY_NAMES[longRunDay]} is your long run and also marked hard; the plan treats it as the long run.`,
      );
    }
    hardDays = days.filter((day) => runs.has(day) && day !== longRunDay);
  }

  // Start date.
  let startDate = today;
  const startValue = required('startDate', 'when the plan starts', 'today');
  if (startValue !== undefined && startValue !== '') {
    const start = dayNumber(startValue);
    if (start === undefined) {
      say(
        'startDate',
        `"${startValue}" is not a date written as YYYY-MM-DD, so the plan starts today.`,
      );
    } else if (start - todayNumber > MAX_DAYS_TO_START) {
      say('startDate', `${startValue} is more than a year away, so the plan starts today.`);
    } else {
      startDate = startValue;
    }
  }

  // Race: optional; absent means no race.
  let raceDate: string | null = null;
  const raceValue = get('raceDate');
  if (raceValue !== undefined && raceValue !== NONE) {
    const race = dayNumber(raceValue);
    if (race === undefined) {
      say(
        'raceDate',
        `"${raceValue}" is not a date written as YYYY-MM-DD, so the plan has no race.`,
      );
    } else if (race < todayNumber) {
      say('raceDate', `The race date ${raceValue} has passed, so the plan has no race.`);
    } else {
      if (race < dayNumber(startDate)!) {
        say(
          'startDate',
          `The plan was to start on ${startDate}, after your race on ${raceValue}, so it starts today.`,
        );
        startDate = today;
      }
      if (race - dayNumber(startDate)! > MAX_DAYS_TO_RACE) {
        say(
          'raceDate',
          `The race on ${raceValue} is more than three years away, so the plan has no race.`,
        );
      } else {
        raceDate = raceValue;
      }
    }
  }

  let raceDistance = defaults.raceDistance;
  const distanceValue = get('raceDistance');
  if (distanceValue !== undefined && distanceValue !== '') {
    if ((RACE_DISTANCE_KEYS as string[]).includes(distanceValue)) {
      raceDistance = distanceValue as RaceDistance;
    } else {
      say(
        'raceDistance',
        `"${distanceValue}" is not a race distance we know (${RACE_DISTANCE_KEYS.join(', ')}), so the plan uses ${RACE_DISTANCES[raceDistance].label}.`,
      );
    }
  } else if (raceDate !== null) {
    say(
      'raceDistance',
      `The link does not say the race distance, so the plan uses ${RACE_DISTANCES[raceDistance].label}.`,
    );
  }

  let sessionMinutes = defaults.sessionMinutes;
  const minutesValue = required(
    'sessionMinutes',
    'how long a session can be',
    `${sessionMinutes} minutes`,
  );
  if (minutesValue !== undefined) {
    const minutes = Number(minutesValue);
    if ((SESSION_LENGTHS as readonly number[]).includes(minutes)) {
      sessionMinutes = minutes as SessionLength;
    } else {
      say(
        'sessionMinutes',
        `"${minutesValue}" is not a session length on offer (${SESSION_LENGTHS.join(', ')} minutes), so the plan uses ${sessionMinutes} minutes.`,
      );
    }
  }

  let equipment = defaults.equipment;
  const equipmentValue = required(
    'equipment',
    'what equipment you have',
    PLAN_EQUIPMENT[equipment].label.toLowerCase(),
  );
  if (equipmentValue !== undefined) {
    if ((PLAN_EQUIPMENT_KEYS as string[]).includes(equipmentValue)) {
      equipment = equipmentValue as PlanEquipment;
    } else {
      say(
        'equipment',
        `"${equipmentValue}" is not an equipment choice we know (${PLAN_EQUIPMENT_KEYS.join(', ')}), so the plan uses ${PLAN_EQUIPMENT[equipment].label.toLowerCase()}.`,
      );
    }
  }

  let experience = defaults.experience;
  const experienceValue = required(
    'experience',
    'how much you have lifted',
    EXPERIENCE[experience].label.toLowerCase(),
  );
  if (experienceValue !== undefined) {
    if ((EXPERIENCE_KEYS as string[]).includes(experienceValue)) {
      experience = experienceValue as Experience;
    } else {
      say(
        'experience',
        `"${experienceValue}" is not an experience level we know (${EXPERIENCE_KEYS.join(', ')}), so the plan uses "${EXPERIENCE[experience].label.toLowerCase()}".`,
      );
    }
  }

  let terrain = defaults.terrain;
  const terrainValue = required('terrain', 'where you run', TERRAINS[terrain].label.toLowerCase());
  if (terrainValue !== undefined) {
    if ((TERRAIN_KEYS as string[]).includes(terrainValue)) {
      terrain = terrainValue as Terrain;
    } else {
      say(
        'terrain',
        `"${terrainValue}" is not a kind of ground we know (${TERRAIN_KEYS.join(', ')}), so the plan uses ${TERRAINS[terrain].label.toLowerCase()}.`,
      );
    }
  }

  return {
    answers: {
      runDays,
      hardDays,
      longRunDay,
      raceDate,
      raceDistance,
      sessionMinutes,
      equipment,
      experience,
      terrain,
      startDate,
    },
    messages,
  };
}

/**
 * The query string (without "?") that reproduces these answers. Every answer is written, the
 * start date included, so the link gives the same plan whenever it is opened. All values are
 * made of letters, digits, "-" and ",", so nothing needs escaping.
 */
export function planQuery(answers: PlanAnswers): string {
  const values: Record<keyof PlanAnswers, string> = {
    runDays: answers.runDays.join(','),
    hardDays: answers.hardDays.join(','),
    longRunDay: answers.longRunDay ?? NONE,
    raceDate: answers.raceDate ?? NONE,
    raceDistance: answers.raceDistance,
    sessionMinutes: String(answers.sessionMinutes),
    equipment: answers.equipment,
    experience: answers.experience,
    terrain: answers.terrain,
    startDate: answers.startDate,
  };
  return (Object.keys(KEYS) as (keyof PlanAnswers)[])
    .map((field) => `${KEYS[field]}=${values[field]}`)
    .join('&');
}
