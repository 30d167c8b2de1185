import { describe, expect, it } from 'vitest';
import {
  hasSearch,
  resultSummary,
  SEARCH_KINDS,
  searchFilters,
  searchKindFilter,
  searchQueryString,
  searchStateFrom,
} from '../../src/lib/search';

describe('search state in the URL', () => {
  it('reads the query, every kind and every topic, trimming blanks', () => {
    expect(
      searchStateFrom(
        '?q=+hip+thrust+&kind=Exercise&kind=+&topic=Injury+prevention&topic=&topic=Endurance',
      ),
    ).toEqual({
      query: 'hip thrust',
      kinds: ['Exercise'],
      topics: ['Injury prevention', 'Endurance'],
    });
  });

  it('is empty without parameters', () => {
    const empty = searchStateFrom('');
    expect(empty).toEqual({ query: '', kinds: [], topics: [] });
    expect(hasSearch(empty)).toBe(false);
  });

  it('counts a kind alone as a search', () => {
    expect(hasSearch(searchStateFrom('?kind=Program'))).toBe(true);
  });

  it('round-trips through the query string', () => {
    const state = {
      query: 'single-leg & balance',
      kinds: ['Article', 'Topic'],
      topics: ['Balance'],
    };
    expect(searchStateFrom(searchQueryString(state))).toEqual(state);
  });

  it('writes nothing for an empty search', () => {
    expect(searchQueryString({ query: '  ', kinds: [], topics: [] })).toBe('');
  });
});

describe('searchFilters', () => {
  it('matches any of the chosen kinds and any of the chosen topics', () => {
    expect(searchFilters({ kinds: ['Exercise', 'Program'], topics: ['A', 'B'] })).toEqual({
      kind: { any: ['Exercise', 'Program'] },
      topic: { any: ['A', 'B'] },
    });
    expect(searchFilters({ kinds: ['Exercise'], topics: [] })).toEqual({
      kind: { any: ['Exercise'] },
    });
  });

  it('filters nothing when nothing is chosen', () => {
    expect(searchFilters({ kinds: [], topics: [] })).toBeUndefined();
  });
});

describe('searchKindFilter', () => {
  it('files each kind of page under the label its results show', () => {
    expect(searchKindFilter('exercise')).toBe('kind:Exercise');
    expect(Object.values(SEARCH_KINDS)).toEqual(['Article', 'Exercise', 'Program', 'Topic']);
  });
});

describe('resultSummary', () => {
  const templates = {
    none: 'Nothing matches “{query}”.',
    one: '1 article matches “{query}”.',
    many: '{count} articles match “{query}”.',
    browse: '{count} articles in the chosen topics.',
  };

  it.each([
    [0, 'Nothing matches “squat”.'],
    [1, '1 article matches “squat”.'],
    [7, '7 articles match “squat”.'],
  ])('%i results', (count, expected) => {
    expect(resultSummary(count, 'squat', templates)).toBe(expected);
  });

  it('describes a topic-only search without quoting an empty query', () => {
    expect(resultSummary(4, '', templates)).toBe('4 articles in the chosen topics.');
  });
});
