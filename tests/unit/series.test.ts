import { describe, expect, it } from 'vitest';
import { seriesPlace } from '../../src/lib/series';

const a = { id: 'a', series: 'why', seriesOrder: 1 };
const b = { id: 'b', series: 'why', seriesOrder: 2 };
const c = { id: 'c', series: 'why', seriesOrder: 4 };
const other = { id: 'x', series: 'how', seriesOrder: 1 };
const loose = { id: 'hub' };

describe('seriesPlace', () => {
  it.each([
    ['first', a, { position: 1, total: 3, previous: undefined, next: b }],
    ['middle', b, { position: 2, total: 3, previous: a, next: c }],
    [
      'last, skipping a gap in numbering',
      c,
      { position: 3, total: 3, previous: b, next: undefined },
    ],
    ['alone in its series', other, { position: 1, total: 1, previous: undefined, next: undefined }],
  ])('%s', (_name, current, expected) => {
    expect(seriesPlace([c, other, a, b, loose], current)).toEqual(expected);
  });

  it('is undefined outside a series or for an article not in the list', () => {
    expect(seriesPlace([a, b], loose)).toBeUndefined();
    expect(seriesPlace([a], b)).toBeUndefined();
  });
});
