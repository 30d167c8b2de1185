import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  checkProgram,
  checkProgramSet,
  longestHeavyRun,
  type RuleProgram,
} from '../../src/lib/program-rules';
import type { Equipment } from '../../src/lib/taxonomy';
import { exerciseSchema } from '../../src/schemas/exercise';
import { programSchema } from '../../src/schemas/program';
import type { ReferenceFactory } from '../../src/schemas/shared';

/**
 * The training rules, applied to every program in content/programs/ through the real schemas,
 * so no plan on the site can break them; then one broken copy per rule, to show each check bites.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const reference = ((collection: string) =>
  z.string().transform((id) => ({ collection, id }))) as unknown as ReferenceFactory;
const programs = programSchema({ reference });
const exercises = exerciseSchema({ reference });

/** The YAML front matter of every file in a content folder, by id. */
function frontMatters(folder: string): Map<string, unknown> {
  const dir = path.join(ROOT, 'content', folder);
  return new Map(
    readdirSync(dir)
      .filter((name) => /\.mdx?$/.test(name))
      .map((name) => {
        const text = readFileSync(path.join(dir, name), 'utf8');
        return [name.replace(/\.mdx?$/, ''), parseFrontmatter(text).frontmatter as unknown];
      }),
  );
}

/** Parses front matter through the program schema; fails the test with the writer's messages. */
function parseProgram(id: string, data: unknown) {
  const result = programs.safeParse(data);
  if (!result.success) {
    const messages = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`content/programs/${id}.mdx:\n${messages.join('\n')}`);
  }
  return result.data;
}

/** Every issue the schema raises, as "path: message". */
function issues(data: unknown): string[] {
  const result = programs.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

const programFiles = frontMatters('programs');
const entries = [...programFiles].map(([id, data]) => ({
  id,
  file: `content/programs/${id}.mdx`,
  data: parseProgram(id, data),
}));
const equipment = new Map<string, readonly Equipment[]>(
  [...frontMatters('exercises')].map(([id, data]) => [id, exercises.parse(data).equipment]),
);

describe('every program on the site keeps the training rules', () => {
  it('finds the four programs of the training path', () => {
    expect(entries.map((entry) => entry.id)).toEqual(
      expect.arrayContaining([
        'beginner-strength-plan-8-weeks',
        'home-strength-plan-8-weeks',
        'in-season-strength-maintenance',
        'intermediate-strength-plan-8-weeks',
      ]),
    );
  });

  it.each(entries.map((entry) => [entry.id, entry] as const))(
    '%s passes every single-program rule',
    (_id, entry) => {
      expect(checkProgram(entry.data)).toEqual([]);
    },
  );

  it('uses only library exercises the declared equipment allows, and hands over cleanly', () => {
    expect(checkProgramSet(entries, equipment)).toEqual([]);
  });

  it('uses only exercises from the library', () => {
    for (const entry of entries)
      for (const week of entry.data.plan)
        for (const session of week.sessions)
          for (const line of session.exercises)
            for (const ref of [line.exercise, ...line.alternatives])
              expect(equipment.has(ref.id), `${entry.file}: ${ref.id}`).toBe(true);
  });
});

/**
 * Raw YAML as the cases edit it: any path, any value, because the point is to write what a
 * writer might (the schema, not TypeScript, is what must catch it).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawFrontMatter = Record<string, any>;

/** A deep copy of a real program's front matter, changed by `edit`, for the broken cases. */
function broken(id: string, edit: (data: RawFrontMatter) => void): unknown {
  const copy = structuredClone(programFiles.get(id)) as RawFrontMatter;
  edit(copy);
  return copy;
}

describe('each rule catches a plan that breaks it', () => {
  it.each([
    [
      'two strength days in a row',
      broken('beginner-strength-plan-8-weeks', (d) => {
        d.sampleWeeks[0].days[1] = { run: 'easy', lift: 'B' };
      }),
      /^sampleWeeks\.0\.days\.0\.lift: puts strength sessions on Monday and the day after/,
    ],
    [
      'Sunday and the next Monday',
      broken('beginner-strength-plan-8-weeks', (d) => {
        d.sampleWeeks[0].days[6] = { lift: 'C' };
      }),
      /^sampleWeeks\.0\.days\.6\.lift: puts strength sessions on Sunday and the day after/,
    ],
    [
      'lifting the day before the long run',
      broken('beginner-strength-plan-8-weeks', (d) => {
        d.sampleWeeks[0].days[5] = { lift: 'C' };
        d.sampleWeeks[0].days[4] = {};
      }),
      /^sampleWeeks\.0\.days\.5\.lift: is the day before a long run/,
    ],
    [
      'lifting two days before a race',
      broken('in-season-strength-maintenance', (d) => {
        d.sampleWeeks[1].days[3] = { run: 'easy', lift: 'M2' };
      }),
      /^sampleWeeks\.1\.days\.3\.lift: is 2 days before the race/,
    ],
    [
      'an unknown session in a sample week',
      broken('intermediate-strength-plan-8-weeks', (d) => {
        d.sampleWeeks[0].days[1].lift = 'C';
      }),
      /^sampleWeeks\.0\.days\.1\.lift: "C" is not a session of this program; use one of: A, B/,
    ],
    [
      'a sample week that leaves out a session',
      broken('intermediate-strength-plan-8-weeks', (d) => {
        delete d.sampleWeeks[0].days[3].lift;
      }),
      /^sampleWeeks\.0\.days: has no session B/,
    ],
    [
      'four sessions in a week',
      broken('beginner-strength-plan-8-weeks', (d) => {
        d.plan[6].sessions.push({ ...d.plan[6].sessions[2], id: 'D' });
      }),
      /^plan\.6\.sessions: has 4 sessions: with more than 3 a week, two strength days fall in a row/,
    ],
    [
      'a new exercise in the last two weeks',
      broken('intermediate-strength-plan-8-weeks', (d) => {
        d.plan[7].sessions[1].exercises[2].exercise = 'hip-thrust';
      }),
      /^plan\.7\.sessions\.1\.exercises\.2\.exercise: "hip-thrust" first appears in week 8, one of the last 2 weeks/,
    ],
    [
      'a new alternative in the last two weeks',
      broken('beginner-strength-plan-8-weeks', (d) => {
        d.plan[6].sessions[0].exercises[1].alternatives = ['back-squat'];
      }),
      /^plan\.6\.sessions\.0\.exercises\.1\.alternatives: "back-squat" first appears in week 7/,
    ],
    [
      'an exercise outside week 1 of a repeating block',
      broken('in-season-strength-maintenance', (d) => {
        d.plan[1].sessions[1].exercises[5].exercise = 'hip-thrust';
      }),
      /^plan\.1\.sessions\.1\.exercises\.5\.exercise: "hip-thrust" is not in week 1: this block repeats/,
    ],
    [
      'four heavier weeks in a row',
      broken('intermediate-strength-plan-8-weeks', (d) => {
        d.plan[3].phase = 'build';
      }),
      /^plan: has 6 heavier weeks in a row: make at least every fourth week a deload or taper week/,
    ],
    [
      'a repeating block with no light week',
      broken('in-season-strength-maintenance', (d) => {
        d.plan[3].phase = 'maintain';
      }),
      /^plan: has only heavier weeks in a row \(counting the block as repeated\)/,
    ],
    [
      'a taper week with more sets than the week before',
      broken('in-season-strength-maintenance', (d) => {
        d.plan[3].sessions[0].exercises[1].sets = 20;
      }),
      /^plan\.3\.phase: is "taper", but week 4 has \d+ sets against 25 in week 3: a lighter week must have fewer sets/,
    ],
    [
      'a deload week that is not lighter',
      broken('home-strength-plan-8-weeks', (d) => {
        d.plan[3] = { ...structuredClone(d.plan[2]), week: 4, phase: 'deload' };
      }),
      /^plan\.3\.phase: is "deload", but week 4 has 35 sets against 35 in week 3/,
    ],
    [
      'a session longer than the stated length',
      broken('home-strength-plan-8-weeks', (d) => {
        d.plan[0].sessions[0].minutes = 45;
      }),
      /^plan\.0\.sessions\.0\.minutes: is 45, outside the program's stated session length of 25-35 min/,
    ],
    [
      'a main lift without reps in reserve',
      broken('intermediate-strength-plan-8-weeks', (d) => {
        delete d.plan[1].sessions[0].exercises[1].rir;
      }),
      /^plan\.1\.sessions\.0\.exercises\.1\.rir: is missing: "back-squat" is one of the program's mainLifts/,
    ],
    [
      'a main lift the plan never uses',
      broken('home-strength-plan-8-weeks', (d) => {
        d.mainLifts.push({ exercise: 'back-squat', start: 'x', feel: 'y' });
      }),
      /^mainLifts\.2\.exercise: "back-squat" is not in the plan/,
    ],
    [
      'a beginner plan that does not start with learning',
      broken('beginner-strength-plan-8-weeks', (d) => {
        d.plan[0].phase = 'build';
      }),
      /^plan\.0\.phase: is "build": a beginner program starts with a learn week/,
    ],
    [
      'an alternative that repeats the exercise',
      broken('in-season-strength-maintenance', (d) => {
        d.plan[0].sessions[0].exercises[1].alternatives = ['trap-bar-deadlift'];
      }),
      /^plan\.0\.sessions\.0\.exercises\.1\.alternatives: repeats the exercise itself/,
    ],
  ])('%s', (_name, data, message) => {
    expect(issues(data)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it('an exercise the declared equipment cannot supply', () => {
    const home = entries.find((entry) => entry.id === 'home-strength-plan-8-weeks')!;
    const withBarbell = structuredClone(home);
    withBarbell.data.plan[2]!.sessions[0]!.exercises[2]!.alternatives.push({
      collection: 'exercises',
      id: 'back-squat',
    });
    expect(checkProgramSet([withBarbell], equipment)).toEqual([
      {
        file: 'content/programs/home-strength-plan-8-weeks.mdx',
        field: 'plan[2].sessions[0].exercises[2]',
        message:
          '"back-squat" needs one of barbell, but the program\'s equipment is dumbbell, kettlebell, resistance-band, bench-or-box: add the equipment or choose another exercise',
      },
    ]);
  });

  it('a hand-over that stacks up heavier weeks', () => {
    const byId = new Map(entries.map((entry) => [entry.id, structuredClone(entry)]));
    const intermediate = byId.get('intermediate-strength-plan-8-weeks')!;
    (intermediate.data.plan[0] as { phase: string }).phase = 'build';
    expect(checkProgramSet([...byId.values()], equipment)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'content/programs/intermediate-strength-plan-8-weeks.mdx',
          field: 'previous',
          message: expect.stringMatching(
            /^going from beginner-strength-plan-8-weeks into intermediate-strength-plan-8-weeks gives 6 heavier weeks in a row/,
          ),
        }),
      ]),
    );
  });

  it('a path that loops back on itself', () => {
    const byId = new Map(entries.map((entry) => [entry.id, structuredClone(entry)]));
    byId.get('in-season-strength-maintenance')!.data.next = {
      collection: 'programs',
      id: 'intermediate-strength-plan-8-weeks',
    };
    expect(checkProgramSet([...byId.values()], equipment)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'next',
          message: expect.stringMatching(/comes back to/),
        }),
      ]),
    );
  });
});

describe('longestHeavyRun', () => {
  it.each([
    [['learn', 'learn', 'build', 'build', 'deload', 'build', 'build', 'build'], false, 3],
    [['build', 'build', 'build', 'build'], false, 4],
    [['maintain', 'maintain', 'maintain', 'taper'], true, 3],
    [['taper', 'maintain', 'maintain', 'maintain'], true, 3],
    [['maintain', 'taper', 'maintain', 'maintain'], true, 3],
    [['maintain', 'maintain'], true, Infinity],
  ] as const)('%j (repeating: %s) -> %s', (phases, cyclic, expected) => {
    expect(longestHeavyRun(phases, cyclic)).toBe(expected);
  });
});

/** Keeps the RuleProgram type honest: the schema's output must satisfy it. */
export const schemaOutputFitsRules: (data: z.output<typeof programs>) => RuleProgram = (data) =>
  data;
