import { describe, expect, it } from 'vitest';
import {
  MAP_WIDTH,
  muscleMapDescription,
  muscleMapRegions,
  musclesInView,
} from '../../src/lib/muscle-map';
import { MUSCLE_KEYS } from '../../src/lib/taxonomy';

describe('muscle map', () => {
  it('draws every muscle of the vocabulary in at least one view', () => {
    const drawn = new Set([...musclesInView('front'), ...musclesInView('back')]);
    expect([...drawn].sort()).toEqual([...MUSCLE_KEYS].sort());
  });

  it.each([
    ['front', 'quadriceps', 'primary'],
    ['front', 'hip-adductors', 'secondary'],
    ['front', 'chest', 'none'],
    ['back', 'glutes', 'primary'],
    ['back', 'hamstrings', 'none'],
  ] as const)('%s view: %s is %s for a goblet squat', (view, muscle, emphasis) => {
    const regions = muscleMapRegions(
      view,
      ['quadriceps', 'glutes'],
      ['hip-adductors', 'abdominals'],
    );
    const forMuscle = regions.filter((region) => region.muscle === muscle);
    expect(forMuscle.length).toBeGreaterThan(0);
    expect(new Set(forMuscle.map((region) => region.emphasis))).toEqual(new Set([emphasis]));
  });

  it('mirrors side shapes and keeps centre shapes single', () => {
    const quads = muscleMapRegions('front', [], []).filter(
      (region) => region.muscle === 'quadriceps',
    );
    expect(quads).toHaveLength(2);
    const [left, right] = quads.map((region) =>
      region.shape.kind === 'ellipse' ? region.shape.cx : NaN,
    );
    expect((left ?? 0) + (right ?? 0)).toBe(MAP_WIDTH);
    expect(
      muscleMapRegions('front', [], []).filter((region) => region.muscle === 'abdominals'),
    ).toHaveLength(1);
  });

  it('draws highlighted regions last, so they sit on top', () => {
    const emphases = muscleMapRegions('back', ['glutes'], ['hamstrings']).map(
      (region) => region.emphasis,
    );
    expect(emphases.at(-1)).toBe('primary');
    expect(emphases.indexOf('secondary')).toBeGreaterThan(emphases.lastIndexOf('none'));
  });

  it('a muscle listed as both primary and secondary counts as primary', () => {
    const regions = muscleMapRegions('back', ['glutes'], ['glutes']);
    expect(
      regions
        .filter((region) => region.muscle === 'glutes')
        .every((region) => region.emphasis === 'primary'),
    ).toBe(true);
  });

  it.each([
    [
      ['quadriceps', 'glutes'],
      ['hip-adductors', 'abdominals'],
      'Mainly works the quadriceps and glutes; also works the hip adductors and abdominals.',
    ],
    [['calves'], [], 'Mainly works the calves.'],
    [
      ['hamstrings', 'glutes', 'lower-back'],
      ['foot'],
      'Mainly works the hamstrings, glutes and lower back; also works the foot.',
    ],
  ] as const)('describes %j / %j in words', (primary, secondary, text) => {
    expect(muscleMapDescription(primary, secondary)).toBe(text);
  });
});
