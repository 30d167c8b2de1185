import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarFileName,
  escapeText,
  foldLine,
  mondayOnOrAfter,
  programCalendar,
  type CalendarProgram,
} from '../../src/lib/ical';

const program: CalendarProgram = {
  id: 'test-plan',
  title: 'Test plan',
  plan: [
    {
      week: 1,
      focus: 'Learn the moves; film one set, then rest.',
      sessions: [
        {
          id: 'A',
          title: 'Squat, push',
          optional: false,
          minutes: 20,
          exercises: [
            {
              name: 'Goblet squat',
              sets: 3,
              reps: '8-12',
              rest: '90 s',
              notes: 'Pair with the push-up, resting once per pair.',
            },
            { name: 'Push-up', sets: 2, reps: '6-8', rest: '60 s' },
          ],
        },
        {
          id: 'B',
          title: 'Hinge',
          optional: false,
          minutes: 25,
          exercises: [{ name: 'Glute bridge', sets: 2, reps: '12', rest: '60 s' }],
        },
      ],
    },
    {
      week: 2,
      focus: 'Same again — a little harder.',
      sessions: [
        {
          id: 'A',
          title: 'Squat, push',
          optional: false,
          minutes: 20,
          exercises: [{ name: 'Goblet squat', sets: 3, reps: '10', rest: '90 s' }],
        },
        {
          id: 'C',
          title: 'Jumps',
          optional: true,
          minutes: 15,
          exercises: [{ name: 'Pogo hops', sets: 2, reps: '10', rest: '60 s' }],
        },
      ],
    },
  ],
};

const options = {
  startDate: '2026-11-23',
  stamp: new Date('2026-11-21T10:20:30Z'),
  programUrl: 'https://strongmiles.org/programs/test-plan/',
  uidHost: 'strongmiles.org',
};

describe('escapeText', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b; c', 'a\\, b\\; c'],
    ['back\\slash', 'back\\\\slash'],
    ['line one\nline two\r\nthree', 'line one\\nline two\\nthree'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('foldLine', () => {
  const octets = (text: string) => new TextEncoder().encode(text).length;

  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it.each([
    ['ASCII', `DESCRIPTION:${'x'.repeat(200)}`],
    ['multi-byte', `DESCRIPTION:${'Støren ø — é '.repeat(20)}`],
  ])('folds %s text at 75 octets without splitting characters', (_name, line) => {
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
  });
});

describe('dates', () => {
  it.each([
    ['2026-11-23', '2026-11-23'], // a Monday
    ['2026-11-21', '2026-11-23'], // Saturday
    ['2026-11-24', '2026-11-30'], // Tuesday
    ['2026-12-28', '2026-12-28'],
  ])('mondayOnOrAfter(%s) = %s', (date, monday) => {
    expect(mondayOnOrAfter(date)).toBe(monday);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-30', 4)).toBe('2027-01-03');
  });

  it.each([['2026-02-30'], ['23/11/2026'], ['']])('refuses %j', (date) => {
    expect(() => addDays(date, 1)).toThrow(/YYYY-MM-DD/);
  });
});

describe('programCalendar', () => {
  const text = programCalendar(program, options);

  it('uses CRLF line endings and keeps every physical line within 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('parses with a real iCalendar parser into one event per session, on the right days', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toContain('Strong Miles');
    const events = calendar
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component));
    expect(
      events.map((event) => [event.startDate.toString(), event.endDate.toString(), event.summary]),
    ).toEqual([
      ['2026-11-23', '2026-11-24', 'Test plan: week 1, session A'],
      ['2026-11-25', '2026-11-26', 'Test plan: week 1, session B'],
      ['2026-11-30', '2026-12-01', 'Test plan: week 2, session A'],
      ['2026-12-02', '2026-12-03', 'Test plan: week 2, session C (optional)'],
    ]);
    expect(events[0]?.description).toContain(
      '- Goblet squat: 3 x 8-12, rest 90 s (Pair with the push-up, resting once per pair.)',
    );
    expect(events[0]?.description).toContain('Week 1: Learn the moves; film one set, then rest.');
    expect(events[2]?.description).toContain('Same again — a little harder.');
    const stamps = calendar
      .getAllSubcomponents('vevent')
      .map((component) => component.getFirstPropertyValue('dtstamp')?.toString());
    expect(new Set(stamps)).toEqual(new Set(['2026-11-21T10:20:30Z']));
  });

  it('gives every event a unique UID that stays the same for another start date', () => {
    const uids = (calendarText: string) =>
      new ICAL.Component(ICAL.parse(calendarText))
        .getAllSubcomponents('vevent')
        .map((event) => event.getFirstPropertyValue('uid'));
    const first = uids(text);
    expect(new Set(first).size).toBe(4);
    expect(first[0]).toBe('test-plan-w1-a@strongmiles.org');
    expect(uids(programCalendar(program, { ...options, startDate: '2027-01-04' }))).toEqual(first);
  });

  it('puts a session on its own day of the week when the program sets one', () => {
    const placed = {
      ...program,
      plan: program.plan.map((week) => ({
        ...week,
        sessions: week.sessions.map((session) => ({ ...session, day: session.id === 'A' ? 1 : 3 })),
      })),
    };
    const starts = new ICAL.Component(ICAL.parse(programCalendar(placed, options)))
      .getAllSubcomponents('vevent')
      .map((component) => new ICAL.Event(component).startDate.toString());
    expect(starts).toEqual(['2026-11-24', '2026-11-26', '2026-12-01', '2026-12-03']);
  });

  it('leaves the rest out of a line that has none (a generated plan times sets instead)', () => {
    const restless = {
      ...program,
      plan: program.plan.map((week) => ({
        ...week,
        sessions: week.sessions.map((session) => ({
          ...session,
          exercises: session.exercises.map(({ rest: _rest, ...line }) => line),
        })),
      })),
    };
    const description = new ICAL.Event(
      new ICAL.Component(ICAL.parse(programCalendar(restless, options))).getFirstSubcomponent(
        'vevent',
      )!,
    ).description;
    expect(description).toContain('- Push-up: 2 x 6-8\n');
    expect(description).not.toMatch(/, rest /);
  });

  it('is byte-identical for identical inputs', () => {
    expect(programCalendar(program, options)).toBe(text);
  });

  it('names the download after the program and start date', () => {
    expect(calendarFileName('test-plan', '2026-11-23')).toBe('test-plan-2026-11-23.ics');
  });
});
