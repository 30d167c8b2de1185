import { getCollection, type CollectionEntry } from 'astro:content';
import type { CitationList } from '../markdown/citations';

/** The only module that reads `content/references.json` for pages. */

export type ReferenceData = CollectionEntry<'references'>['data'];

/** One numbered entry of a page's reference list, with the ids of the places citing it. */
export interface ReferenceListItem {
  number: number;
  backlinks: string[];
  reference: ReferenceData;
}

let byId: Promise<Map<string, ReferenceData>> | undefined;

/**
 * Turns the citations a page's remark plugin recorded into the items of its numbered reference
 * list. The plugin has already refused unknown keys, so a miss here is a bug, not a writer error.
 */
export async function referenceListItems(
  citations: CitationList,
  file: string | undefined,
): Promise<ReferenceListItem[]> {
  byId ??= getCollection('references').then(
    (entries) => new Map(entries.map((entry) => [entry.id, entry.data])),
  );
  const references = await byId;
  return citations.map(({ key, number, backlinks }) => {
    const reference = references.get(key);
    if (!reference)
      throw new Error(
        `${file ?? 'unknown file'}: citation @${key} has no entry in content/references.json`,
      );
    return { number, backlinks, reference };
  });
}

/** The citations recorded while rendering a Markdown or MDX entry. */
export function citationsOf(remarkPluginFrontmatter: Record<string, unknown>): CitationList {
  return (remarkPluginFrontmatter.citations ?? []) as CitationList;
}
