import { describe, expect, it } from 'vitest';
import { rankByRelatedness, type RelatednessFacts } from '../../src/lib/relatedness';

const article = (
  id: string,
  topics: string[],
  pubDate = '2026-01-01',
  series?: string,
): RelatednessFacts => ({ id, topics, series, pubDate: new Date(pubDate) });

const ids = (articles: RelatednessFacts[]) => articles.map(({ id }) => id);

describe('rankByRelatedness', () => {
  const target = article('target', ['injury', 'running-economy'], '2026-01-01', 'basics');

  it('puts articles sharing more topics first, a shared series breaking a tie in topics', () => {
    const ranked = rankByRelatedness(target, [
      article('no-topic', ['speed']),
      article('one-topic', ['injury']),
      article('two-topics', ['running-economy', 'injury']),
      article('one-topic-same-series', ['running-economy'], '2026-01-01', 'basics'),
    ]);
    expect(ids(ranked)).toEqual(['two-topics', 'one-topic-same-series', 'one-topic', 'no-topic']);
  });

  it('orders equally related articles newest first, then by id, whatever the input order', () => {
    const candidates = [
      article('b-old', ['injury'], '2025-03-01'),
      article('c-new', ['injury'], '2026-06-01'),
      article('a-old', ['injury'], '2025-03-01'),
    ];
    expect(ids(rankByRelatedness(target, candidates))).toEqual(['c-new', 'a-old', 'b-old']);
    expect(ids(rankByRelatedness(target, [...candidates].reverse()))).toEqual([
      'c-new',
      'a-old',
      'b-old',
    ]);
  });

  it('leaves the candidates list as it was', () => {
    const candidates = [article('x', []), article('y', ['injury'])];
    rankByRelatedness(target, candidates);
    expect(ids(candidates)).toEqual(['x', 'y']);
  });
});
