import { describe, expect, it } from 'vitest';
import { articleRedirects, redirectSources } from '../../src/integrations/content/redirects.ts';

describe('articleRedirects', () => {
  it('maps every old slug to the current article URL, sorted by old path', () => {
    expect(
      articleRedirects([
        { slug: 'new-b', redirectFrom: ['old-b'] },
        { slug: 'new-a', redirectFrom: ['old-a2', 'old-a1'] },
        { slug: 'unmoved', redirectFrom: [] },
      ]),
    ).toEqual([
      { from: '/articles/old-a1/', to: '/articles/new-a/' },
      { from: '/articles/old-a2/', to: '/articles/new-a/' },
      { from: '/articles/old-b/', to: '/articles/new-b/' },
    ]);
  });

  it('refuses one old slug claimed by two articles', () => {
    expect(() =>
      articleRedirects([
        { slug: 'a', redirectFrom: ['old'] },
        { slug: 'b', redirectFrom: ['old'] },
      ]),
    ).toThrow('redirectFrom "old" is claimed by two articles (/articles/a/ and /articles/b/)');
  });

  it("refuses an article's own slug", () => {
    expect(() => articleRedirects([{ slug: 'a', redirectFrom: ['a'] }])).toThrow(
      "is the article's own slug",
    );
  });

  it('answers the old path with and without its trailing slash', () => {
    expect(redirectSources({ from: '/articles/old/', to: '/articles/new/' })).toEqual([
      '/articles/old/',
      '/articles/old',
    ]);
  });
});
