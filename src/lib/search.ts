/**
 * The search page's state lives in its URL (`/search/?q=squat&topic=Injury+prevention`), so a
 * search can be shared, bookmarked and reloaded. Pure helpers, shared by the page script and
 * the tests.
 */
export interface SearchState {
  query: string;
  topics: string[];
}

/** Reads the state from a URL's query string; blank values are dropped. */
export function searchStateFrom(queryString: string): SearchState {
  const params = new URLSearchParams(queryString);
  return {
    query: (params.get('q') ?? '').trim(),
    topics: params
      .getAll('topic')
      .map((topic) => topic.trim())
      .filter((topic) => topic.length > 0),
  };
}

/** The query string for a state ("" when there is nothing to search for). */
export function searchQueryString({ query, topics }: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const topic of topics) params.append('topic', topic);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Pagefind's filter argument: articles in ANY of the chosen topics. */
export function topicFilter(topics: readonly string[]): { topic: { any: string[] } } | undefined {
  return topics.length > 0 ? { topic: { any: [...topics] } } : undefined;
}

/** Wording for the result count, filled from templates so the page keeps all strings in ui.ts. */
export interface SummaryTemplates {
  none: string;
  one: string;
  many: string;
  /** Topics chosen but no words typed: "{count} articles in the chosen topics." */
  browse: string;
}

/** "3 articles match “squat”." `{count}` and `{query}` in the templates are filled in. */
export function resultSummary(count: number, query: string, templates: SummaryTemplates): string {
  const template =
    count === 0
      ? templates.none
      : query === ''
        ? templates.browse
        : count === 1
          ? templates.one
          : templates.many;
  return template.replaceAll('{count}', String(count)).replaceAll('{query}', query);
}
