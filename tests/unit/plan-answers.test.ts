import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  defaultAnswers,
  isoDay,
  parsePlanQuery,
  planQuery,
  weekdayOf,
} from '../../src/lib/plan-answers';
import { validAnswers } from './helpers/plan-answers';

const TODAY = '2026-12-05';
const todayNumber = dayNumber(TODAY)!;

/** Only the messages' text, for readable expectations. */
const parse = (query: string) => {
  const { answers, messages } = parsePlanQuery(query, TODAY);
  return { answers, messages: messages.map((m) => `${m.field}: ${m.message}`) };
};

/** A full, valid query with some values replaced. */
const query = (overrides: Record<string, string | undefined>) => {
  const params = new URLSearchParams(planQuery(defaultAnswers(TODAY)));
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) params.delete(key);
    else params.set(key, value);
  }
  return params.toString();
};

describe('dates', () => {
  it('reads real calendar days only', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2026-02-30')).toBeUndefined();
    expect(dayNumber('2026-2-3')).toBeUndefined();
    expect(isoDay(dayNumber('2028-02-29')!)).toBe('2028-02-29');
  });

  it('knows the weekday', () => {
    expect(weekdayOf(dayNumber('2026-12-05')!)).toBe('sat');
    expect(weekdayOf(dayNumber('2026-12-07')!)).toBe('mon');
  });
});

describe('parsePlanQuery', () => {
  it('gives the defaults, and no messages, for an empty query', () => {
    expect(parse('')).toEqual({ answers: defaultAnswers(TODAY), messages: [] });
    expect(parse('?')).toEqual({ answers: defaultAnswers(TODAY), messages: [] });
    expect(parse('utm_source=x').messages).toEqual([]);
  });

  it('reads a full link without complaint, day names in any case and length', () => {
    const { answers, messages } = parse(
      'run=Monday,wed,FRI,sun&hard=wednesday&long=sun&race=2027-04-18&distance=marathon&minutes=45&kit=bands&experience=new&terrain=trail&start=2026-12-07',
    );
    expect(messages).toEqual([]);
    expect(answers).toEqual({
      runDays: ['mon', 'wed', 'fri', 'sun'],
      hardDays: ['wed'],
      longRunDay: 'sun',
      raceDate: '2027-04-18',
      raceDistance: 'marathon',
      sessionMinutes: 45,
      equipment: 'bands',
      experience: 'new',
      terrain: 'trail',
      startDate: '2026-12-07',
    });
  });

  it.each([
    [
      'a race date in the past',
      { race: '2026-11-01' },
      { raceDate: null },
      ['raceDate: The race date 2026-11-01 has passed, so the plan has no race.'],
    ],
    [
      'a race date that is no date',
      { race: '2027-02-30' },
      { raceDate: null },
      ['raceDate: "2027-02-30" is not a date written as YYYY-MM-DD, so the plan has no race.'],
    ],
    [
      'a race more than three years away',
      { race: '2031-01-01' },
      { raceDate: null },
      ['raceDate: The race on 2031-01-01 is more than three years away, so the plan has no race.'],
    ],
    [
      'a race before the start',
      { race: '2026-12-20', start: '2027-01-10' },
      { raceDate: '2026-12-20', startDate: TODAY },
      [
        'startDate: The plan was to start on 2027-01-10, after your race on 2026-12-20, so it starts today.',
      ],
    ],
    [
      'no running days',
      { run: '' },
      { runDays: ['tue', 'thu', 'sat', 'sun'] },
      [
        'runDays: The link names no running day, so the plan uses Tuesday, Thursday, Saturday and Sunday.',
      ],
    ],
    [
      'only unknown running days',
      { run: 'funday,xx' },
      { runDays: ['tue', 'thu', 'sat', 'sun'] },
      [
        'runDays: The link names no running day (it says "funday", "xx"), so the plan uses Tuesday, Thursday, Saturday and Sunday.',
      ],
    ],
    [
      'an unknown equipment value',
      { kit: 'rowing-machine' },
      { equipment: 'gym' },
      [
        'equipment: "rowing-machine" is not an equipment choice we know (none, bands, dumbbell-or-kettlebell, gym), so the plan uses a full gym.',
      ],
    ],
    [
      'a session length not on offer',
      { minutes: '25' },
      { sessionMinutes: 30 },
      [
        'sessionMinutes: "25" is not a session length on offer (20, 30, 45 minutes), so the plan uses 30 minutes.',
      ],
    ],
    [
      'an unknown experience level',
      { experience: 'pro' },
      { experience: 'some' },
      [
        'experience: "pro" is not an experience level we know (new, some, regular), so the plan uses "has lifted before".',
      ],
    ],
    [
      'an unknown terrain',
      { terrain: 'sand' },
      { terrain: 'road' },
      [
        'terrain: "sand" is not a kind of ground we know (road, trail, mixed), so the plan uses road or track.',
      ],
    ],
    [
      'an unknown race distance',
      { race: '2027-03-01', distance: 'ultra' },
      { raceDate: '2027-03-01', raceDistance: '10k' },
      [
        'raceDistance: "ultra" is not a race distance we know (5k, 10k, half, marathon), so the plan uses 10K.',
      ],
    ],
    [
      'a hard day the reader does not run',
      { hard: 'tue,wed' },
      { hardDays: ['tue'] },
      [
        'hardDays: You marked Wednesday as hard but do not run then, so the plan does not count it as a hard day.',
      ],
    ],
    [
      'the long run marked hard as well',
      { hard: 'tue,sun' },
      { hardDays: ['tue'], longRunDay: 'sun' },
      [
        'hardDays: Sunday is your long run and also marked hard; the plan treats it as the long run.',
      ],
    ],
    [
      'a long run on a day without running',
      { long: 'mon' },
      { longRunDay: null },
      [
        'longRunDay: Your long run is on Monday, which is not one of your running days, so the plan assumes no long run.',
      ],
    ],
    [
      'a start date more than a year away',
      { start: '2028-01-01' },
      { startDate: TODAY },
      ['startDate: 2028-01-01 is more than a year away, so the plan starts today.'],
    ],
    [
      'a start date that is no date',
      { start: 'soon' },
      { startDate: TODAY },
      ['startDate: "soon" is not a date written as YYYY-MM-DD, so the plan starts today.'],
    ],
    [
      'a missing session length',
      { minutes: undefined },
      { sessionMinutes: 30 },
      [
        'sessionMinutes: The link does not say how long a session can be, so the plan uses 30 minutes.',
      ],
    ],
    [
      'a race without a distance',
      { race: '2027-03-01', distance: undefined },
      { raceDate: '2027-03-01', raceDistance: '10k' },
      ['raceDistance: The link does not say the race distance, so the plan uses 10K.'],
    ],
    [
      'a running day with a typo among good ones',
      { run: 'tue,thurs,sat,snu' },
      { runDays: ['tue', 'thu', 'sat'], longRunDay: null },
      [
        'runDays: "snu" is not a day of the week, so the plan leaves it out.',
        'longRunDay: Your long run is on Sunday, which is not one of your running days, so the plan assumes no long run.',
      ],
    ],
  ] as const)('%s', (_name, overrides, expected, messages) => {
    const result = parse(query(overrides));
    expect(result.answers).toEqual({ ...defaultAnswers(TODAY), ...expected });
    expect(result.messages).toEqual(messages);
  });

  it('reads the plain form as submitted without script: repeated days, empty race and start', () => {
    // What a browser sends for the form: one value per ticked box (the page's script adds an
    // empty one, so no ticked box still names the key), and empty date fields.
    const submitted =
      'run=&run=mon&run=wed&run=sat&hard=&hard=wed&long=sat&race=&distance=5k&minutes=20&kit=bands&experience=new&terrain=mixed&start=';
    const { answers, messages } = parse(submitted);
    expect(messages).toEqual([]);
    expect(answers).toEqual({
      ...defaultAnswers(TODAY),
      runDays: ['mon', 'wed', 'sat'],
      hardDays: ['wed'],
      longRunDay: 'sat',
      raceDate: null,
      raceDistance: '5k',
      sessionMinutes: 20,
      equipment: 'bands',
      experience: 'new',
      terrain: 'mixed',
    });
    expect(parse('run=&hard=&long=none').answers.hardDays).toEqual([]);
    // "No race" ticked wins over a date typed in, and a date alone is the race.
    expect(parse(`${query({})}&race=2027-04-10&race=none`).answers.raceDate).toBeNull();
    expect(parse(query({ race: undefined }) + '&race=&race=2027-04-10').answers.raceDate).toBe(
      '2027-04-10',
    );
  });

  it('explains every missing value of an old link', () => {
    const { answers, messages } = parse('run=mon,wed,fri');
    expect(answers.runDays).toEqual(['mon', 'wed', 'fri']);
    expect(answers.longRunDay).toBeNull();
    expect(messages.map((m) => m.split(':')[0])).toEqual([
      'longRunDay',
      'hardDays',
      'startDate',
      'sessionMinutes',
      'equipment',
      'experience',
      'terrain',
    ]);
  });

  it('never throws, and always returns answers a plan can be built from', () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.constantFrom('none', '', 'mon,tue', '2027-01-01', '2020-01-01', '45', 'gym', 'new'),
    );
    const key = fc.constantFrom(
      'run',
      'hard',
      'long',
      'race',
      'distance',
      'minutes',
      'kit',
      'experience',
      'terrain',
      'start',
      'x',
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(key, anyValue), { maxLength: 12 }), (pairs) => {
        const params = new URLSearchParams(pairs);
        const { answers } = parsePlanQuery(params.toString(), TODAY);
        expect(answers.runDays.length).toBeGreaterThan(0);
        expect(answers.hardDays.every((day) => answers.runDays.includes(day))).toBe(true);
        if (answers.longRunDay) {
          expect(answers.runDays).toContain(answers.longRunDay);
          expect(answers.hardDays).not.toContain(answers.longRunDay);
        }
        const start = dayNumber(answers.startDate)!;
        expect(start).toBeDefined();
        if (answers.raceDate !== null) {
          const race = dayNumber(answers.raceDate)!;
          expect(race).toBeGreaterThanOrEqual(Math.max(start, todayNumber));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses a today that is no date: that is the caller’s mistake', () => {
    expect(() => parsePlanQuery('', 'today')).toThrow(/today must be a date written as YYYY-MM-DD/);
  });
});

describe('planQuery', () => {
  it('writes every answer, readable in the address bar', () => {
    expect(planQuery(defaultAnswers(TODAY))).toBe(
      'run=tue,thu,sat,sun&hard=tue,thu&long=sun&race=none&distance=10k&minutes=30&kit=gym&experience=some&terrain=road&start=2026-12-05',
    );
  });

  it('round-trips any valid answers exactly, with no messages', () => {
    fc.assert(
      fc.property(validAnswers(todayNumber), (answers) => {
        expect(parsePlanQuery(planQuery(answers), TODAY)).toEqual({ answers, messages: [] });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isoDay', () => {
  it('formats any day from year 1000 to 9999 as Date does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -354_285, max: 2_932_896 }), (day) => {
        expect(isoDay(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
        expect(dayNumber(isoDay(day))).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
});
