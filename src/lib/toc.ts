/** A heading as Astro's `render()` reports it. */
export interface HeadingInfo {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

/** Articles with fewer top-level sections than this read fine without a contents list. */
export const MIN_TOC_SECTIONS = 3;

/**
 * The table of contents of an article: its `##` sections, each with its `###` subsections.
 * Empty when the article has fewer than `minSections` sections, so short pieces get no list.
 * A `###` before the first `##` has no parent section and is left out rather than promoted.
 */
export function tableOfContents(
  headings: readonly HeadingInfo[],
  minSections: number = MIN_TOC_SECTIONS,
): TocEntry[] {
  const sections: TocEntry[] = [];
  for (const { depth, slug, text } of headings) {
    if (depth === 2) sections.push({ slug, text, children: [] });
    else if (depth === 3) sections.at(-1)?.children.push({ slug, text, children: [] });
  }
  return sections.length >= minSections ? sections : [];
}
