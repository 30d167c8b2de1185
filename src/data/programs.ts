import { getCollection, type CollectionEntry } from 'astro:content';
import { isVisible } from '../lib/publishing';
import { assertContentGraph } from './content-graph';
import { publishing } from './publishing';

/** The only module that queries the programs collection. */

export type Program = CollectionEntry<'programs'>;

/** Programs this build shows, shortest first (beginner plans before maintenance blocks). */
export async function getPublishedPrograms(): Promise<Program[]> {
  await assertContentGraph();
  const entries = await getCollection('programs', ({ data }) => isVisible(data, publishing));
  return entries.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}
