/** What ranks one article's relatedness to another: its topics, its series and its date. */
export interface RelatednessFacts {
  id: string;
  topics: readonly string[];
  series?: string | undefined;
  pubDate: Date;
}

/**
 * The candidates ordered from most to least related to `target`: more shared topics first, then
 * a shared series, then the newest, then by id so the order never depends on the input's. Used to
 * keep an article's "Referenced in" list short (the first few, then a link to the rest).
 */
export function rankByRelatedness<Candidate extends RelatednessFacts>(
  target: RelatednessFacts,
  candidates: readonly Candidate[],
): Candidate[] {
  const score = (candidate: RelatednessFacts) =>
    candidate.topics.filter((topic) => target.topics.includes(topic)).length * 2 +
    (target.series !== undefined && candidate.series === target.series ? 1 : 0);
  return [...candidates].sort(
    (a, b) =>
      score(b) - score(a) ||
      b.pubDate.getTime() - a.pubDate.getTime() ||
      a.id.localeCompare(b.id, 'en'),
  );
}
