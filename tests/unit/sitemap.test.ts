import { describe, expect, it } from 'vitest';
import { lastModifiedIndex, lastModifiedOf } from '../../src/lib/sitemap';

describe('lastModifiedOf', () => {
  it.each([
    ['---\nupdatedDate: 2026-11-21\nreviewedDate: 2026-12-01\n---\nbody', '2026-12-01'],
    ['---\nupdatedDate: "2027-01-02"\nreviewedDate: 2026-12-01\n---\n', '2027-01-02'],
    ['---\npubDate: 2026-01-01\n---\n', undefined],
    ['no front matter\nupdatedDate: 2026-01-01', undefined],
  ])('%j -> %s', (source, expected) => {
    expect(lastModifiedOf(source)).toBe(expected);
  });
});

describe('lastModifiedIndex', () => {
  it('keeps each entry’s date and gives index pages their newest entry’s date', () => {
    const index = lastModifiedIndex(
      [
        { path: '/articles/a/', date: '2026-11-21' },
        { path: '/articles/b/', date: '2026-12-05' },
        { path: '/exercises/x/', date: undefined },
      ],
      [
        { path: '/articles/', of: ['/articles/a/', '/articles/b/'] },
        { path: '/exercises/', of: ['/exercises/x/'] },
      ],
    );
    expect(Object.fromEntries(index)).toEqual({
      '/articles/a/': '2026-11-21',
      '/articles/b/': '2026-12-05',
      '/articles/': '2026-12-05',
    });
  });
});
