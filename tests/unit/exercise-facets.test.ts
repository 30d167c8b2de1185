import { describe, expect, it } from 'vitest';
import { exercisesForMuscle, muscleFacetLinks } from '../../src/lib/exercise-facets';
import type { Muscle } from '../../src/lib/taxonomy';

const exercise = (id: string, primaryMuscles: Muscle[], secondaryMuscles: Muscle[] = []) => ({
  id,
  data: { primaryMuscles, secondaryMuscles },
});

const library = [
  exercise('hip-thrust', ['glutes'], ['hamstrings']),
  exercise('nordic', ['hamstrings']),
  exercise('step-up', ['quadriceps', 'glutes'], ['calves']),
  exercise('rdl', ['hamstrings', 'glutes'], ['lower-back']),
  exercise('odd', ['calves'], ['calves', 'glutes']),
];

describe('exercisesForMuscle', () => {
  it('lists the exercises that mainly work the muscle, then those that also work it', () => {
    const { primary, secondary } = exercisesForMuscle(library, 'hamstrings');
    expect(primary.map((item) => item.id)).toEqual(['nordic', 'rdl']);
    expect(secondary.map((item) => item.id)).toEqual(['hip-thrust']);
  });

  it('counts an exercise that lists the muscle twice once, as primary', () => {
    const { primary, secondary } = exercisesForMuscle(library, 'calves');
    expect(primary.map((item) => item.id)).toEqual(['odd']);
    expect(secondary.map((item) => item.id)).toEqual(['step-up']);
  });

  it('finds nothing for a muscle no exercise works', () => {
    expect(exercisesForMuscle(library, 'chest')).toEqual({ primary: [], secondary: [] });
  });
});

describe('muscleFacetLinks', () => {
  it('links every worked muscle to its facet page with the number of exercises, in taxonomy order', () => {
    expect(muscleFacetLinks(library)).toEqual([
      {
        muscle: 'quadriceps',
        href: '/exercises/muscle/quadriceps/',
        label: 'Quadriceps',
        count: 1,
      },
      {
        muscle: 'hamstrings',
        href: '/exercises/muscle/hamstrings/',
        label: 'Hamstrings',
        count: 3,
      },
      { muscle: 'glutes', href: '/exercises/muscle/glutes/', label: 'Glutes', count: 4 },
      { muscle: 'calves', href: '/exercises/muscle/calves/', label: 'Calves', count: 2 },
      {
        muscle: 'lower-back',
        href: '/exercises/muscle/lower-back/',
        label: 'Lower back',
        count: 1,
      },
    ]);
  });
});
