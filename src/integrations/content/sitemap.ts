import { isoDate } from '../../lib/dates.ts';

/**
 * Real `lastmod` dates for the sitemap: the later of an entry's updated and reviewed dates,
 * from its front matter (never the build time). Index pages take their newest entry's date.
 */

/** The later of an entry's updated and reviewed dates, as YYYY-MM-DD (undefined if it has neither). */
export function lastModifiedOf(entry: {
  updatedDate?: Date | undefined;
  reviewedDate?: Date | undefined;
}): string | undefined {
  return [entry.updatedDate, entry.reviewedDate]
    .filter((date): date is Date => date !== undefined)
    .map(isoDate)
    .sort()
    .at(-1);
}

/**
 * Maps page paths to their last-modified date: each entry's own, and for each index path the
 * newest date of the entries under it.
 */
export function lastModifiedIndex(
  entries: readonly { path: string; date: string | undefined }[],
  indexes: readonly { path: string; of: readonly string[] }[],
): Map<string, string> {
  const index = new Map<string, string>();
  for (const { path, date } of entries) if (date) index.set(path, date);
  for (const { path, of } of indexes) {
    const newest = of
      .map((child) => index.get(child))
      .filter((date): date is string => date !== undefined)
      .sort()
      .at(-1);
    if (newest) index.set(path, newest);
  }
  return index;
}
