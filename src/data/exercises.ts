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

/**
 * Every exercise's name by id, drafts included: a program's calendar names each exercise even
 * where the library does not link it yet.
 */
export async function exerciseNames(): Promise<Map<string, string>> {
  await assertContentGraph();
  return new Map(
    (await getCollection('exercises')).map((exercise) => [exercise.id, exercise.data.name]),
  );
}
