import { describe, expect, it } from 'vitest';
import { lastModifiedIndex, lastModifiedOf } from '../../src/integrations/content/sitemap.ts';

describe('lastModifiedOf', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  it.each([
    [
      'reviewed last',
      { updatedDate: day('2026-11-21'), reviewedDate: day('2026-12-01') },
      '2026-12-01',
    ],
    [
      'updated last',
      { updatedDate: day('2027-01-02'), reviewedDate: day('2026-12-01') },
      '2027-01-02',
    ],
    ['updated only', { updatedDate: day('2026-05-04') }, '2026-05-04'],
    ['no dates (exercises)', {}, undefined],
  ])('%s', (_name, entry, expected) => {
    expect(lastModifiedOf(entry)).toBe(expected);
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
