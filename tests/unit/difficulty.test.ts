import { describe, expect, it } from 'vitest';
import {
  DifficultyLoopError,
  difficultyRungs,
  easiestFirst,
  type RankedExercise,
} from '../../src/lib/difficulty';

/** A small library shaped like the real one: a squat ladder, a hinge ladder and a jump. */
const ex = (
  id: string,
  level: RankedExercise['level'],
  links: { easier?: string[]; harder?: string[] } = {},
): RankedExercise => ({
  id,
  name: id.replace(/-/g, ' '),
  level,
  easier: links.easier ?? [],
  harder: links.harder ?? [],
  file: `content/exercises/${id}.md`,
});

const library = [
  ex('back-squat', 'intermediate', { easier: ['goblet-squat'] }),
  ex('goblet-squat', 'beginner', { easier: ['bodyweight-squat'], harder: ['back-squat'] }),
  ex('bodyweight-squat', 'beginner', { harder: ['goblet-squat'] }),
  ex('glute-bridge', 'beginner', { harder: ['kettlebell-deadlift'] }),
  ex('kettlebell-deadlift', 'beginner', { easier: ['glute-bridge'] }),
  ex('romanian-deadlift', 'intermediate', { easier: ['kettlebell-deadlift'] }),
  ex('single-leg-romanian-deadlift', 'intermediate', { easier: ['romanian-deadlift'] }),
  ex('bounding', 'advanced'),
  ex('a-skip', 'beginner', { harder: ['bounding'] }),
  // Links that disagree with alphabetical order: the split squat comes before the lunge.
  ex('split-squat', 'beginner', { harder: ['reverse-lunge'] }),
  ex('reverse-lunge', 'beginner', { easier: ['split-squat'] }),
  ex('single-leg-glute-bridge', 'intermediate', { harder: ['hip-thrust'] }),
  ex('hip-thrust', 'intermediate', { easier: ['single-leg-glute-bridge'] }),
];
const ids = (list: readonly RankedExercise[]) => list.map((exercise) => exercise.id);

describe('difficulty rungs', () => {
  it('counts the easier exercises below each one, following links written on either side', () => {
    const rungs = difficultyRungs(library);
    expect(rungs.get('bodyweight-squat')).toBe(0);
    expect(rungs.get('goblet-squat')).toBe(1);
    expect(rungs.get('back-squat')).toBe(2);
    // Only glute-bridge names the link (harder: kettlebell-deadlift); it still counts.
    expect(rungs.get('kettlebell-deadlift')).toBe(1);
    expect(rungs.get('single-leg-romanian-deadlift')).toBe(3);
    expect(rungs.get('bounding')).toBe(1);
  });

  it('ignores links to exercises outside the library (drafts)', () => {
    expect(
      difficultyRungs([ex('plank', 'beginner', { easier: ['wall-plank'] })]).get('plank'),
    ).toBe(0);
  });
});

describe('easiest first', () => {
  it.each([
    [
      'level first, then the links, then the name',
      ids(library),
      [
        'a-skip',
        'bodyweight-squat',
        'glute-bridge',
        'split-squat',
        'goblet-squat',
        'kettlebell-deadlift',
        'reverse-lunge',
        'single-leg-glute-bridge',
        'hip-thrust',
        'back-squat',
        'romanian-deadlift',
        'single-leg-romanian-deadlift',
        'bounding',
      ],
    ],
    [
      'a linked pair keeps its order whatever the names say',
      ['reverse-lunge', 'hip-thrust', 'split-squat', 'single-leg-glute-bridge'],
      ['split-squat', 'reverse-lunge', 'single-leg-glute-bridge', 'hip-thrust'],
    ],
    [
      'a link still orders two exercises when the step between them is missing from the list',
      ['single-leg-romanian-deadlift', 'glute-bridge', 'romanian-deadlift'],
      ['glute-bridge', 'romanian-deadlift', 'single-leg-romanian-deadlift'],
    ],
    [
      'level wins over a link that points the other way',
      ['goblet-squat', 'a-skip', 'bounding'],
      ['a-skip', 'goblet-squat', 'bounding'],
    ],
  ])('%s', (_name, subset, expected) => {
    const chosen = library.filter((exercise) => subset.includes(exercise.id));
    expect(ids(easiestFirst(chosen, library))).toEqual(expected);
  });

  it('puts an exercise after everything the library calls easier than it, within its level', () => {
    const ordered = ids(easiestFirst(library));
    for (const exercise of library) {
      for (const easier of exercise.easier) {
        const other = library.find((candidate) => candidate.id === easier)!;
        if (other.level === exercise.level)
          expect(ordered.indexOf(easier)).toBeLessThan(ordered.indexOf(exercise.id));
      }
    }
  });

  it('stops on a loop of easier/harder links, naming the file and the loop', () => {
    const looped = [
      ex('glute-bridge', 'beginner', { harder: ['single-leg-glute-bridge'] }),
      ex('single-leg-glute-bridge', 'beginner', { harder: ['hip-thrust'] }),
      ex('hip-thrust', 'beginner', { harder: ['glute-bridge'] }),
    ];
    expect(() => easiestFirst(looped)).toThrow(DifficultyLoopError);
    expect(() => easiestFirst(looped)).toThrow(
      /^content\/exercises\/[a-z-]+\.md: easier \/ harder: the easier\/harder links go round in a circle \((glute bridge|single leg glute bridge|hip thrust)( → [a-z ]+){3}\)/,
    );
  });
});
