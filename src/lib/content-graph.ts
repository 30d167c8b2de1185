import { closestMatches, type ContentProblem } from './content-errors';

/** Lower-case words joined by hyphens: every file name becomes a URL, so it must look like one. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Checks the links between content entries that Zod cannot see from one file: references to
 * other collections, and slugs that would collide. Astro's `reference()` only logs a missing
 * entry (the build goes on), so the build calls this and stops on any problem.
 */

/** One entry as the checker sees it: where it lives and which ids it points at. */
export interface EntryLinks {
  /** File path relative to the project root, for messages. */
  file: string;
  /** The entry's own id (its slug). */
  id: string;
  /** Ids of other entries this one references, with the front-matter field they sit in. */
  references: { field: string; collection: string; id: string }[];
  /** Old slugs that must redirect to this entry (articles only). */
  redirectFrom?: readonly string[];
}

/** Every problem in the graph, each naming the file, the field, the bad id and close valid ids. */
export function findContentGraphProblems(
  entriesByCollection: Record<string, readonly EntryLinks[]>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  // Sets, not arrays: every reference is looked up, and a scan per lookup would make the
  // check grow with the square of the number of entries.
  const idsByCollection = new Map(
    Object.entries(entriesByCollection).map(([name, entries]) => [
      name,
      new Set(entries.map((entry) => entry.id)),
    ]),
  );

  for (const [collection, entries] of Object.entries(entriesByCollection)) {
    const seen = new Map<string, string>();
    for (const entry of entries) {
      if (collection !== 'authors' && !SLUG.test(entry.id)) {
        problems.push({
          file: entry.file,
          field: 'file name',
          value: entry.id,
          problem: 'becomes the page URL, so it must be lower-case words joined by hyphens',
          valid: `a name such as ${entry.id
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '')}`,
        });
      }
      const twin = seen.get(entry.id.toLowerCase());
      if (twin !== undefined) {
        problems.push({
          file: entry.file,
          field: 'file name',
          value: entry.id,
          problem: `gives the same URL as ${twin}`,
          valid: 'a file name no other entry in this folder uses',
        });
      }
      seen.set(entry.id.toLowerCase(), entry.file);
      for (const reference of entry.references) {
        const ids = idsByCollection.get(reference.collection) ?? new Set<string>();
        if (ids.has(reference.id)) continue;
        const close = closestMatches(reference.id, [...ids]);
        problems.push({
          file: entry.file,
          field: reference.field,
          value: reference.id,
          problem: `is not an entry in content/${reference.collection}/`,
          valid: close.length
            ? `one of the existing ids, for example ${close.join(', ')}`
            : `an id of a file in content/${reference.collection}/`,
        });
      }
    }
  }

  const articles = entriesByCollection.articles ?? [];
  const owners = new Map(articles.map((article) => [article.id, article.file]));
  for (const article of articles) {
    article.redirectFrom?.forEach((oldSlug, index) => {
      const owner = owners.get(oldSlug);
      if (owner !== undefined) {
        problems.push({
          file: article.file,
          field: `redirectFrom[${index}]`,
          value: oldSlug,
          problem: `is already the slug of ${owner}; two pages cannot share one URL`,
          valid: 'an old slug that no current article uses',
        });
      } else {
        owners.set(oldSlug, article.file);
      }
    });
  }
  return problems;
}

/**
 * "Referenced in": for each article id, the ids of the articles whose text links to it, in the
 * order the sources are given (callers pass them newest first). Self-links are ignored.
 */
export function backlinksFrom(
  outgoing: readonly { id: string; links: readonly { collection: string; id: string }[] }[],
): Map<string, string[]> {
  const backlinks = new Map<string, string[]>();
  for (const source of outgoing) {
    for (const link of source.links) {
      if (link.collection !== 'articles' || link.id === source.id) continue;
      const list = backlinks.get(link.id) ?? [];
      if (!list.includes(source.id)) list.push(source.id);
      backlinks.set(link.id, list);
    }
  }
  return backlinks;
}

/**
 * The entries a list of references points to, in the list's order, leaving out references to
 * entries that are not in `entries` (drafts and scheduled entries, in a build).
 */
export function pickById<T extends { id: string }>(
  entries: readonly T[],
  refs: readonly { id: string }[],
): T[] {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  return refs.map(({ id }) => byId.get(id)).filter((entry): entry is T => entry !== undefined);
}
