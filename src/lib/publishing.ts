/**
 * The one rule for what a build shows. Drafts and articles dated in the future appear while
 * writing (`npm run dev`) and never in a production build, its sitemap, feeds or search index.
 */
export interface PublishingContext {
  /** The moment of the build; passed in so the rule stays testable. */
  now: Date;
  /** True in `astro dev`: writers see drafts and scheduled pieces. */
  includeUnpublished: boolean;
}

/** Whether an entry with these fields belongs in the build. */
export function isVisible(
  entry: { draft: boolean; pubDate?: Date | undefined },
  context: PublishingContext,
): boolean {
  if (context.includeUnpublished) return true;
  if (entry.draft) return false;
  return entry.pubDate === undefined || entry.pubDate.getTime() <= context.now.getTime();
}

/** Newest first; ties broken by title so the order never depends on file-system order. */
export function byNewest<T extends { pubDate: Date; title: string }>(a: T, b: T): number {
  return b.pubDate.getTime() - a.pubDate.getTime() || a.title.localeCompare(b.title, 'en');
}
