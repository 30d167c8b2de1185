import { getCollection, type CollectionEntry } from 'astro:content';
import { ContentError } from '../lib/content-errors';
import { DifficultyLoopError, easiestFirst } from '../lib/difficulty';
import { isVisible } from '../lib/publishing';
import { LEVEL_KEYS, MUSCLES, type Level } from '../lib/taxonomy';
import { assertContentGraph } from './content-graph';
import { getPublishedExercises, type Exercise } from './exercises';
import { publishing } from './publishing';

/** The only module that queries the muscle-groups collection. */

export type MuscleGroup = CollectionEntry<'muscleGroups'>;

/** Muscle-group pages this build shows, in title order. */
export async function getPublishedMuscleGroups(): Promise<MuscleGroup[]> {
  await assertContentGraph();
  const entries = await getCollection('muscleGroups', ({ data }) => isVisible(data, publishing));
  return entries.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

/** The exercises of one level on a muscle-group page. */
export interface LevelStep {
  level: Level;
  exercises: Exercise[];
}

/**
 * The published exercises whose main muscles include one of the group's, easiest first (see
 * src/lib/difficulty.ts), split by level. Stops the build when the group would be empty or the
 * library's easier/harder links go round in a circle.
 */
export async function exercisesOfGroup(group: MuscleGroup): Promise<LevelStep[]> {
  const library = await getPublishedExercises();
  const members = library.filter((exercise) =>
    exercise.data.primaryMuscles.some((muscle) => group.data.muscles.includes(muscle)),
  );
  if (members.length === 0) {
    throw new ContentError({
      file: group.filePath ?? `content/muscle-groups/${group.id}.md`,
      field: 'muscles',
      value: group.data.muscles.join(', '),
      problem:
        'no published exercise lists any of these as a main muscle, so the page would be empty',
      valid: `muscle keys that exercises use in primaryMuscles, such as ${Object.keys(MUSCLES).slice(0, 4).join(', ')}`,
    });
  }
  const ranked = (exercise: Exercise) => ({
    id: exercise.id,
    name: exercise.data.name,
    level: exercise.data.level,
    easier: exercise.data.easier.map((ref) => ref.id),
    harder: exercise.data.harder.map((ref) => ref.id),
    file: exercise.filePath,
    exercise,
  });
  let ordered: ReturnType<typeof ranked>[];
  try {
    ordered = easiestFirst(members.map(ranked), library.map(ranked));
  } catch (error) {
    if (error instanceof DifficultyLoopError) throw new ContentError(error.problem);
    throw error;
  }
  return LEVEL_KEYS.map((level) => ({
    level,
    exercises: ordered.filter((entry) => entry.level === level).map((entry) => entry.exercise),
  })).filter((step) => step.exercises.length > 0);
}

/** The muscle-group pages that name this article as further reading, for a small list on it. */
export async function muscleGroupsReadingArticle(articleId: string): Promise<MuscleGroup[]> {
  return (await getPublishedMuscleGroups()).filter((group) =>
    group.data.articles.some((ref) => ref.id === articleId),
  );
}

/** The muscle-group pages filed under a topic. */
export async function muscleGroupsInTopic(topic: string): Promise<MuscleGroup[]> {
  return (await getPublishedMuscleGroups()).filter((group) =>
    (group.data.topics as readonly string[]).includes(topic),
  );
}
