import { describe, expect, it } from 'vitest';
import {
  pairedOrder,
  pairProblems,
  sessionLengthLabel,
  sessionsPerWeekLabel,
  trainingPath,
  weekAtAGlance,
  weeksLabel,
} from '../../src/lib/programs';

const week = (n: number, sessions: [id: string, optional?: boolean][]) => ({
  week: n,
  sessions: sessions.map(([id, optional = false]) => ({ id, optional })),
});

describe('weeksLabel', () => {
  it.each([
    [[5], 'week 5'],
    [[6, 7, 8], 'weeks 6–8'],
    [[8, 6, 7, 7], 'weeks 6–8'],
    [[1, 3, 5], 'weeks 1, 3 and 5'],
    [[1, 2, 4, 5, 7], 'weeks 1–2, 4–5 and 7'],
  ])('%j -> %s', (weeks, label) => {
    expect(weeksLabel(weeks)).toBe(label);
  });
});

describe('sessionsPerWeekLabel', () => {
  it.each([
    ['two every week', [week(1, [['A'], ['B']]), week(2, [['A'], ['B']])], '2'],
    [
      'an optional third from week 3',
      [week(1, [['A'], ['B']]), week(2, [['A'], ['B']]), week(3, [['A'], ['B'], ['C', true]])],
      '2, plus an optional third in week 3',
    ],
    [
      'an optional second in weeks 1-3, and a week with one session',
      [
        week(1, [['M1'], ['M2', true]]),
        week(2, [['M1'], ['M2', true]]),
        week(3, [['M1'], ['M2', true]]),
        week(4, [['M1']]),
      ],
      '1, plus an optional second in weeks 1–3',
    ],
    [
      'an optional session every week',
      [week(1, [['A'], ['B', true]])],
      '1, plus an optional second',
    ],
  ])('%s', (_name, plan, label) => {
    expect(sessionsPerWeekLabel(plan)).toBe(label);
  });
});

describe('sessionLengthLabel', () => {
  it.each([
    [{ min: 20, max: 30 }, 5, '20–30 min, plus a 5-min warm-up'],
    [{ min: 25, max: 25 }, 5, '25 min, plus a 5-min warm-up'],
    [{ min: 15, max: 25 }, 0, '15–25 min'],
  ])('%j with %i min warm-up -> %s', (minutes, warmUp, label) => {
    expect(sessionLengthLabel(minutes, warmUp)).toBe(label);
  });
});

describe('trainingPath', () => {
  const beginner = { id: 'beginner', next: 'intermediate' };
  const intermediate = { id: 'intermediate', previous: 'beginner', next: 'in-season' };
  const inSeason = { id: 'in-season', previous: 'intermediate' };
  const home = { id: 'home', previous: 'beginner', next: 'in-season' };

  it('follows next from the program with no previous, and lists the rest as branches', () => {
    expect(trainingPath([home, inSeason, beginner, intermediate])).toEqual({
      steps: ['beginner', 'intermediate', 'in-season'],
      branches: [home],
    });
  });

  it('stops at an unknown id or a loop', () => {
    expect(trainingPath([{ id: 'a', next: 'missing' }]).steps).toEqual(['a']);
    expect(
      trainingPath([
        { id: 'a', next: 'b' },
        { id: 'b', previous: 'a', next: 'a' },
      ]).steps,
    ).toEqual(['a', 'b']);
  });

  it('takes the longest of several starting points', () => {
    expect(trainingPath([{ id: 'solo' }, beginner, intermediate, inSeason]).steps).toEqual([
      'beginner',
      'intermediate',
      'in-season',
    ]);
  });

  it('has no steps when every program has a previous', () => {
    expect(trainingPath([{ id: 'a', previous: 'b' }])).toEqual({
      steps: [],
      branches: [{ id: 'a', previous: 'b' }],
    });
  });
});

describe('weekAtAGlance', () => {
  const line = (id: string, sets: number) => ({ exercise: { id }, sets });
  const plan = [
    {
      week: 1,
      phase: 'learn',
      sessions: [{ id: 'A', optional: false, exercises: [line('squat', 2), line('plank', 2)] }],
    },
    {
      week: 2,
      phase: 'learn',
      sessions: [{ id: 'A', optional: false, exercises: [line('squat', 3), line('plank', 2)] }],
    },
    {
      week: 3,
      phase: 'deload',
      sessions: [
        { id: 'A', optional: false, exercises: [line('goblet-squat', 2), line('plank', 2)] },
        { id: 'C', optional: true, exercises: [line('squat', 4), line('hops', 2)] },
      ],
    },
    {
      week: 4,
      phase: 'build',
      sessions: [
        { id: 'A', optional: false, exercises: [line('squat', 2), line('plank', 2)] },
        { id: 'C', optional: true, exercises: [line('squat', 4), line('hops', 2)] },
      ],
    },
  ];
  const glance = weekAtAGlance(plan);

  it('reports no changes for the first week', () => {
    expect(glance[0]).toEqual({
      week: 1,
      phase: 'learn',
      sessions: [{ id: 'A', optional: false }],
      newSessions: [],
      newExercises: [],
      setsChange: 0,
    });
  });

  it('counts the change in sets over the sessions both weeks share', () => {
    expect(glance[1]?.setsChange).toBe(1);
    // Session C's six sets are new, not "more sets": only session A is compared.
    expect(glance[2]?.setsChange).toBe(-1);
    expect(glance[3]?.setsChange).toBe(0);
  });

  it('names sessions and exercises that are new to the plan, once', () => {
    expect(glance[2]?.newSessions).toEqual([{ id: 'C', optional: true }]);
    expect(glance[2]?.newExercises).toEqual(['goblet-squat', 'hops']);
    // The squat returns in week 4 but was done in weeks 1-3, so it is not new.
    expect(glance[3]?.newExercises).toEqual([]);
    expect(glance[3]?.newSessions).toEqual([]);
  });
});

describe('pairedOrder', () => {
  const line = (name: string, pair?: string) => ({ name, pair });

  it('moves the second of a pair up to follow the first and labels both', () => {
    const ordered = pairedOrder([
      line('squat', 'A'),
      line('split squat', 'B'),
      line('calf raise'),
      line('push-up', 'A'),
      line('plank', 'B'),
    ]);
    expect(ordered.map(({ line: { name }, label }) => [name, label])).toEqual([
      ['squat', 'A1'],
      ['push-up', 'A2'],
      ['split squat', 'B1'],
      ['plank', 'B2'],
      ['calf raise', undefined],
    ]);
  });

  it('leaves a session without pairs as written', () => {
    const lines = [line('hops'), line('squat')];
    expect(pairedOrder(lines).map(({ line: l }) => l)).toEqual(lines);
  });
});

describe('pairProblems', () => {
  it('accepts pairs of exactly two', () => {
    expect(pairProblems([{ pair: 'A' }, {}, { pair: 'A' }])).toEqual([]);
  });

  it('names a letter used once or three times', () => {
    expect(pairProblems([{ pair: 'A' }, { pair: 'B' }, { pair: 'B' }, { pair: 'B' }])).toEqual([
      { index: 0, message: expect.stringContaining('pair "A" is on 1 exercise') },
      { index: 1, message: expect.stringContaining('pair "B" is on 3 exercises') },
      { index: 2, message: expect.stringContaining('pair "B" is on 3 exercises') },
      { index: 3, message: expect.stringContaining('pair "B" is on 3 exercises') },
    ]);
  });
});
