import { routes } from './routes';
import { MUSCLE_KEYS, MUSCLES, type Muscle } from './taxonomy';

/** The part of an exercise entry that says which muscles it works (its front matter lists). */
export interface WorksMuscles {
  data: { primaryMuscles: readonly Muscle[]; secondaryMuscles: readonly Muscle[] };
}

/**
 * The exercises that work a muscle, in two groups: those that mainly work it, then those that
 * also work it. An exercise that lists the muscle in both lists counts once, as primary. The
 * input order is kept within each group.
 */
export function exercisesForMuscle<T extends WorksMuscles>(
  exercises: readonly T[],
  muscle: Muscle,
): { primary: T[]; secondary: T[] } {
  const primary = exercises.filter((exercise) => exercise.data.primaryMuscles.includes(muscle));
  const secondary = exercises.filter(
    (exercise) =>
      !exercise.data.primaryMuscles.includes(muscle) &&
      exercise.data.secondaryMuscles.includes(muscle),
  );
  return { primary, secondary };
}

/** One muscle's facet page link: where it goes and how many exercises it lists. */
export interface MuscleFacetLink {
  muscle: Muscle;
  href: string;
  /** The muscle's label, as in the taxonomy. */
  label: string;
  /** Exercises that work it, mainly or also. */
  count: number;
}

/** A facet link for every muscle that at least one exercise works, in taxonomy order. */
export function muscleFacetLinks(exercises: readonly WorksMuscles[]): MuscleFacetLink[] {
  return MUSCLE_KEYS.map((muscle) => {
    const { primary, secondary } = exercisesForMuscle(exercises, muscle);
    return {
      muscle,
      href: routes.exercisesBy('muscle', muscle),
      label: MUSCLES[muscle].label,
      count: primary.length + secondary.length,
    };
  }).filter((link) => link.count > 0);
}
