import { describe, expect, it } from 'vitest';
import {
  resultSummary,
  searchQueryString,
  searchStateFrom,
  topicFilter,
} from '../../src/lib/search';

describe('search state in the URL', () => {
  it('reads the query and every topic, trimming blanks', () => {
    expect(
      searchStateFrom('?q=+hip+thrust+&topic=Injury+prevention&topic=&topic=Endurance'),
    ).toEqual({ query: 'hip thrust', topics: ['Injury prevention', 'Endurance'] });
  });

  it('is empty without parameters', () => {
    expect(searchStateFrom('')).toEqual({ query: '', topics: [] });
  });

  it('round-trips through the query string', () => {
    const state = { query: 'single-leg & balance', topics: ['Balance'] };
    expect(searchStateFrom(searchQueryString(state))).toEqual(state);
  });

  it('writes nothing for an empty search', () => {
    expect(searchQueryString({ query: '  ', topics: [] })).toBe('');
  });
});

describe('topicFilter', () => {
  it('matches any of the chosen topics', () => {
    expect(topicFilter(['A', 'B'])).toEqual({ topic: { any: ['A', 'B'] } });
  });

  it('filters nothing when no topic is chosen', () => {
    expect(topicFilter([])).toBeUndefined();
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
