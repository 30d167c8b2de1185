/**
 * Position of an article in its series, with the previous and next parts, from the list of
 * articles the build shows (so a draft never appears as "next").
 */
export interface SeriesMember {
  id: string;
  series?: string | undefined;
  seriesOrder?: number | undefined;
}

export interface SeriesPlace<T extends SeriesMember> {
  /** 1-based position among the published parts. */
  position: number;
  total: number;
  previous: T | undefined;
  next: T | undefined;
}

/** The article's place in its series, or undefined when it is not in one. */
export function seriesPlace<T extends SeriesMember>(
  articles: readonly T[],
  current: T,
): SeriesPlace<T> | undefined {
  if (!current.series) return undefined;
  const parts = articles
    .filter((article) => article.series === current.series)
    .sort((a, b) => (a.seriesOrder ?? 0) - (b.seriesOrder ?? 0) || a.id.localeCompare(b.id));
  const index = parts.findIndex((article) => article.id === current.id);
  if (index === -1) return undefined;
  return {
    position: index + 1,
    total: parts.length,
    previous: parts[index - 1],
    next: parts[index + 1],
  };
}
