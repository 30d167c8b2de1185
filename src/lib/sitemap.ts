/**
 * Real `lastmod` dates for the sitemap: the later of an entry's updated and reviewed dates,
 * read from its front matter (never the build time). Index pages take their newest entry's date.
 */

/** The later of `updatedDate` and `reviewedDate` in a file's front matter, as YYYY-MM-DD. */
export function lastModifiedOf(source: string): string | undefined {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const dates = ['updatedDate', 'reviewedDate']
    .map(
      (field) =>
        new RegExp(`^${field}:\\s*['"]?(\\d{4}-\\d{2}-\\d{2})['"]?\\s*$`, 'm').exec(
          frontMatter,
        )?.[1],
    )
    .filter((date): date is string => date !== undefined)
    .sort();
  return dates.at(-1);
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
