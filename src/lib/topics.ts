/**
 * Pure helpers for topic pages: which article leads the page and which exercises it lists.
 * The rules are documented for writers in docs/authoring.md ("Topic pages").
 */

/** What the lead-article rule needs from an article. */
export interface TopicArticle {
  id: string;
  topics: readonly string[];
  seriesOrder?: number | undefined;
  /** Publication date, YYYY-MM-DD. */
  published: string;
}

/**
 * The article a topic page leads with: the topic's `pillar` when the taxonomy names one;
 * otherwise, among the articles filed under the topic first (chiefly about it, or all of the
 * topic's articles when none is), an article outside any series (an overview guide) before
 * series parts, then the earliest part of its series, then the first published.
 */
export function leadArticle<T extends TopicArticle>(
  topic: string,
  articles: readonly T[],
  pillar?: string,
): T | undefined {
  if (pillar !== undefined) {
    const named = articles.find((article) => article.id === pillar);
    if (named) return named;
  }
  const primary = articles.filter((article) => article.topics[0] === topic);
  const pool = primary.length > 0 ? primary : articles;
  return [...pool].sort(
    (a, b) =>
      (a.seriesOrder ?? 0) - (b.seriesOrder ?? 0) ||
      a.published.localeCompare(b.published) ||
      a.id.localeCompare(b.id),
  )[0];
}

/**
 * The exercises a topic page lists, most cited first: the exercises of the topic's muscle groups
 * when it has any (the relation the taxonomy already keeps), otherwise the exercises its
 * articles link to. `citations` counts, per exercise id, the topic's articles that link to it;
 * ties keep the order given. At most `limit`, so the list stays a short start.
 */
export function topicExerciseIds(
  groupExercises: readonly string[],
  citations: ReadonlyMap<string, number>,
  limit: number,
): string[] {
  const pool = groupExercises.length > 0 ? [...new Set(groupExercises)] : [...citations.keys()];
  return pool
    .map((id, index) => ({ id, index, cited: citations.get(id) ?? 0 }))
    .sort((a, b) => b.cited - a.cited || a.index - b.index)
    .slice(0, limit)
    .map(({ id }) => id);
}
