import { getCollection, type CollectionEntry } from 'astro:content';

/** The only module that queries the authors collection. */

export type Author = CollectionEntry<'authors'>;

/** Every author, in id order (drafts do not apply: an author has no page of its own to hide). */
export async function getAuthors(): Promise<Author[]> {
  const authors = await getCollection('authors');
  return authors.sort((a, b) => a.id.localeCompare(b.id, 'en'));
}
