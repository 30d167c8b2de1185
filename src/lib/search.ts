/**
 * The search page's state lives in its URL (`/search/?q=squat&kind=Exercise&topic=Injury+prevention`),
 * so a search can be shared, bookmarked and reloaded. Pure helpers, shared by the page script and
 * the tests.
 */
export interface SearchState {
  query: string;
  /** Kinds of page to show (the labels of `SEARCH_KINDS`); none chosen shows every kind. */
  kinds: string[];
  topics: string[];
}

/**
 * The kinds of page the index holds. Each indexed page says which it is in its markup
 * (`data-pagefind-filter="kind:Exercise"`, see `searchKindFilter`), and a result shows it.
 */
export const SEARCH_KINDS = {
  article: 'Article',
  exercise: 'Exercise',
  program: 'Program',
  topic: 'Topic',
} as const;
export type SearchKind = keyof typeof SEARCH_KINDS;

/** The attribute value that files a page under its kind in the index: `kind:Exercise`. */
export function searchKindFilter(kind: SearchKind): string {
  return `kind:${SEARCH_KINDS[kind]}`;
}

/** The non-blank, trimmed values of one repeated parameter. */
function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

/** Reads the state from a URL's query string; blank values are dropped. */
export function searchStateFrom(queryString: string): SearchState {
  const params = new URLSearchParams(queryString);
  return {
    query: (params.get('q') ?? '').trim(),
    kinds: listParam(params, 'kind'),
    topics: listParam(params, 'topic'),
  };
}

/** The query string for a state ("" when there is nothing to search for). */
export function searchQueryString({ query, kinds, topics }: SearchState): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const kind of kinds) params.append('kind', kind);
  for (const topic of topics) params.append('topic', topic);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether the reader asked for anything: words, a kind or a topic. */
export function hasSearch({ query, kinds, topics }: SearchState): boolean {
  return query.length > 0 || kinds.length > 0 || topics.length > 0;
}

type AnyOf = { any: string[] };

/**
 * Pagefind's filter argument: pages of ANY chosen kind, and (when topics are chosen) in ANY of
 * the chosen topics. Only articles carry topics, so choosing a topic narrows to articles.
 */
export function searchFilters({
  kinds,
  topics,
}: Pick<SearchState, 'kinds' | 'topics'>): { kind?: AnyOf; topic?: AnyOf } | undefined {
  const filters: { kind?: AnyOf; topic?: AnyOf } = {};
  if (kinds.length > 0) filters.kind = { any: [...kinds] };
  if (topics.length > 0) filters.topic = { any: [...topics] };
  return Object.keys(filters).length > 0 ? filters : undefined;
}

/** Wording for the result count, filled from templates so the page keeps all strings in ui.ts. */
export interface SummaryTemplates {
  none: string;
  one: string;
  many: string;
  /** Filters chosen but no words typed: "{count} pages match the chosen filters." */
  browse: string;
}

/** "3 pages match “squat”." `{count}` and `{query}` in the templates are filled in. */
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
