import { describe, expect, it } from 'vitest';
import { leadArticle, topicExerciseIds } from '../../src/lib/topics';

const article = (id: string, topics: string[], seriesOrder?: number, published = '2026-11-21') => ({
  id,
  topics,
  seriesOrder,
  published,
});

describe('leadArticle', () => {
  const guide = article('complete-guide', ['getting-started', 'injury-prevention']);
  const partOne = article('part-one', ['injury-prevention'], 1);
  const partFive = article('part-five', ['injury-prevention'], 5);
  const later = article('later-guide', ['injury-prevention'], undefined, '2026-12-04');

  it('takes the pillar the taxonomy names', () => {
    expect(leadArticle('injury-prevention', [guide, partOne, partFive], 'part-five')?.id).toBe(
      'part-five',
    );
  });

  it('prefers articles filed under the topic first, then the earliest part of a series', () => {
    // The guide lists injury prevention second, so part one leads.
    expect(leadArticle('injury-prevention', [guide, partFive, partOne])?.id).toBe('part-one');
  });

  it('puts an article outside any series before series parts, then the first published', () => {
    expect(leadArticle('injury-prevention', [partOne, later])?.id).toBe('later-guide');
    const earlier = article('earlier-guide', ['injury-prevention'], undefined, '2026-11-01');
    expect(leadArticle('injury-prevention', [later, earlier])?.id).toBe('earlier-guide');
  });

  it('falls back to every article of the topic when none is filed under it first', () => {
    expect(leadArticle('getting-started', [partOne, guide])?.id).toBe('complete-guide');
    expect(leadArticle('endurance', [])).toBeUndefined();
  });
});

describe('topicExerciseIds', () => {
  const cited = new Map([
    ['nordic-curl', 1],
    ['step-up', 3],
  ]);

  it('lists the muscle groups’ exercises, most cited by the topic’s articles first', () => {
    expect(topicExerciseIds(['squat', 'step-up', 'bridge', 'step-up'], cited, 10)).toEqual([
      'step-up',
      'squat',
      'bridge',
    ]);
  });

  it('uses the cited exercises when the topic has no muscle groups', () => {
    expect(topicExerciseIds([], cited, 10)).toEqual(['step-up', 'nordic-curl']);
  });

  it('keeps at most the limit', () => {
    expect(topicExerciseIds(['a', 'b', 'c'], new Map(), 2)).toEqual(['a', 'b']);
  });
});
