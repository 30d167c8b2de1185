import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentProblem } from '../../src/lib/content-errors';
import { figureProblems } from '../../src/lib/figure';
import { positionsSchema } from '../../src/schemas/pose';

/**
 * The physical checks a figure must pass to be drawn: one fixture per kind of problem, each
 * with the message a writer gets (file, position, field, what is wrong and what is valid), and
 * every exercise in content/ passing.
 */

const FILE = 'content/exercises/fixture.md';
const CUES = ['Stand tall.', 'Sink down.', 'Hold.', 'Stand up.', 'Breathe.'];

/** Problems of a figure written as front matter would write it, as formatted messages. */
function problems(positions: unknown[]): string[] {
  return figureProblems({
    file: FILE,
    cues: CUES,
    positions: positionsSchema.parse(positions),
  }).map(formatContentProblem);
}

/** An exercise's positions as written in content/ (the good fixtures the bad ones start from). */
function written(id: string): Record<string, unknown>[] {
  const text = readFileSync(
    path.resolve(import.meta.dirname, `../../content/exercises/${id}.md`),
    'utf8',
  );
  return (parseFrontmatter(text).frontmatter as { positions: Record<string, unknown>[] }).positions;
}

const STAND = {
  name: 'start',
  cue: 1,
  legs: { hip: 0, knee: 0, ankle: 0 },
  contacts: { feet: 'floor' },
};
const SQUAT = {
  name: 'bottom',
  cue: 2,
  trunk: 35,
  legs: { hip: 122, knee: 116, ankle: 28 },
  arms: { shoulder: 115, elbow: 5 },
  contacts: { feet: 'floor' },
};

describe('figure checks', () => {
  it('pass a squat drawn as a writer would write it', () => {
    expect(problems([STAND, SQUAT])).toEqual([]);
  });

  it('stop a joint outside human range, naming the field as written and the valid range', () => {
    expect(problems([STAND, { ...SQUAT, legs: { ...SQUAT.legs, knee: 160 } }])).toContain(
      'content/exercises/fixture.md: positions[1] "bottom" legs.knee "160": is outside the human range of the knee (-10 to 150 degrees). Valid: -10 (extension beyond straight) to 150 (flexion).',
    );
  });

  it('name the side of a limb given per side', () => {
    const bottom = {
      ...SQUAT,
      legs: { near: SQUAT.legs, far: { ...SQUAT.legs, ankle: -60 } },
    };
    expect(problems([STAND, bottom]).join('\n')).toContain(
      'positions[1] "bottom" legs.far.ankle "-60": is outside the human range of the ankle (-50 to 35 degrees)',
    );
  });

  it('stop a cue number that is not a step', () => {
    expect(problems([STAND, { ...SQUAT, cue: 9 }])).toContain(
      'content/exercises/fixture.md: positions[1] "bottom" cue "9": there is no step 9; cues has 5 steps. Valid: 1 to 5.',
    );
  });

  it('stop a foot declared on the floor that is in the air', () => {
    const oneLeg = {
      ...STAND,
      legs: { near: { hip: 0, knee: 0, ankle: 0 }, far: { hip: 60, knee: 90, ankle: 0 } },
    };
    const messages = problems([STAND, { ...oneLeg, name: 'knee-up' }]).join('\n');
    expect(messages).toMatch(
      /positions\[1\] "knee-up" contacts\.feet "floor": the far foot is \d+\.\d cm above the floor, but the position says it rests there\. Valid: within 2\.2 cm of it: change the angles of that limb/,
    );
  });

  it('stop a held position whose centre of mass is outside the base of support, but not a moving one', () => {
    // Straight legs tipped 15 degrees forward over flat feet: the body would fall on its face.
    const tipped = { ...STAND, name: 'tipped', legs: { hip: 0, knee: 0, ankle: 15 }, trunk: 15 };
    expect(problems([STAND, tipped]).join('\n')).toMatch(
      /positions\[1\] "tipped" balance "static": the centre of mass is \d+\.\d cm in front of the base of support \(what rests on floor\), so the position would tip over\./,
    );
    expect(problems([STAND, { ...tipped, phase: 'moving' }])).toEqual([]);
  });

  it('count the load at the hands in the balance', () => {
    // A barbell held far out in front of an upright body pulls the centre of mass off the feet.
    const reaching = { ...STAND, name: 'reach', arms: { shoulder: 90 }, holds: ['barbell'] };
    expect(problems([STAND, reaching]).join('\n')).toContain(
      'positions[1] "reach" balance "static": the centre of mass with the 60 kg load is',
    );
    expect(problems([STAND, { ...reaching, holds: [] }])).toEqual([]);
  });

  it('stop a body part passing through the floor', () => {
    // A plank held with the legs bent down at the hips: the feet go through the floor.
    const [set, hold] = written('plank') as [Record<string, unknown>, Record<string, unknown>];
    expect(problems([set, hold])).toEqual([]);
    const sagging = {
      ...hold,
      name: 'legs-down',
      phase: 'moving',
      legs: { hip: 40, knee: 0, ankle: -3 },
      contacts: { forearms: 'mat' },
    };
    expect(problems([set, sagging]).join('\n')).toMatch(
      /positions\[1\] "legs-down" body "near (shin|foot|toes|thigh)": the near (shin|foot|toes|thigh) passes \d+\.\d cm into (the floor|a mat)\. Valid: the body on or beside it, never through it/,
    );
  });

  it('stop a planted foot that would slide between two positions', () => {
    const [start, bottom] = written('split-squat') as [
      { legs: { near: object; far: object } },
      Record<string, unknown>,
    ];
    expect(problems([start, bottom])).toEqual([]);
    // A longer stance at the start: the back foot lands somewhere else at the bottom.
    const longer = { ...start, legs: { ...start.legs, far: { hip: -30, knee: 25, ankle: -40 } } };
    expect(problems([longer, bottom]).join('\n')).toMatch(
      /positions\[1\] "bottom" contacts\.far-ball "floor": the far ball of the foot rests on the floor in "start" too, but \d+\.\d cm further (forward|back), so it would slide/,
    );
  });

  it('stop the bar passing through the legs', () => {
    const setup = {
      name: 'setup',
      cue: 1,
      trunk: 62,
      legs: { hip: 133, knee: 80, ankle: 8 },
      arms: { shoulder: 56 },
      holds: ['barbell'],
      contacts: { feet: 'floor' },
    };
    expect(
      problems([setup, { ...STAND, arms: { shoulder: 12 }, holds: ['barbell'] }]).join('\n'),
    ).toMatch(
      /positions\[0\] "setup" body "barbell\/near-shank": the bar passes \d+\.\d cm through the near shin/,
    );
  });
});

describe('the exercises in content/', () => {
  const folder = path.resolve(import.meta.dirname, '../../content/exercises');
  const files = readdirSync(folder).filter((name) => name.endsWith('.md'));

  it.each(files)('%s has a figure that passes every check', (name) => {
    const text = readFileSync(path.join(folder, name), 'utf8');
    const data = parseFrontmatter(text).frontmatter as {
      cues: string[];
      positions: unknown;
    };
    const positions = positionsSchema.parse(data.positions);
    expect(positions.length).toBeGreaterThanOrEqual(2);
    expect(
      figureProblems({ file: `content/exercises/${name}`, cues: data.cues, positions }).map(
        formatContentProblem,
      ),
    ).toEqual([]);
  });
});
