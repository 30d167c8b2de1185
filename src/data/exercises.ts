import { getCollection, type CollectionEntry } from 'astro:content';
import { isVisible } from '../lib/publishing';
import { assertContentGraph } from './content-graph';
import { assertExerciseFigures } from './figures';
import { publishing } from './publishing';

/** The only module that queries the exercises collection. */

export type Exercise = CollectionEntry<'exercises'>;

/** Exercises this build shows, in name order. */
export async function getPublishedExercises(): Promise<Exercise[]> {
  await assertContentGraph();
  await assertExerciseFigures();
  const entries = await getCollection('exercises', ({ data }) => isVisible(data, publishing));
  return entries.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
}

/** Looks up published exercises by id, keeping the given order and dropping unpublished ones. */
export function pickPublished(
  all: readonly Exercise[],
  ids: readonly { id: string }[],
): Exercise[] {
  return ids
    .map(({ id }) => all.find((exercise) => exercise.id === id))
    .filter((exercise): exercise is Exercise => exercise !== undefined);
}
