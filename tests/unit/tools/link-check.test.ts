import { describe, expect, it } from 'vitest';
import { fileForPath, findLinkProblems, type BuiltPage } from '../../../tools/check/link-check.ts';

const origin = 'https://strongmiles.org';
const page = (path: string, links: string[], ids: string[] = []): BuiltPage => ({
  path,
  ids: new Set(ids),
  links: links.map((url) => ({ tag: 'a', url })),
});
const files = new Set([
  '/index.html',
  '/articles/a/index.html',
  '/articles/b/index.html',
  '/og/a.png',
]);

describe('fileForPath', () => {
  it.each([
    ['/', '/index.html'],
    ['/articles/a/', '/articles/a/index.html'],
    ['/og/a.png', '/og/a.png'],
  ])('%s -> %s', (path, file) => {
    expect(fileForPath(path)).toBe(file);
  });
});

describe('findLinkProblems', () => {
  it('accepts working internal links, fragments, assets and https links', () => {
    const pages = [
      page(
        '/articles/a/',
        [
          '/articles/b/#technique',
          '#refs',
          '/og/a.png',
          'https://doi.org/10.1/x',
          '../b/',
          'mailto:x@example.org',
        ],
        ['refs'],
      ),
      page('/articles/b/', ['https://strongmiles.org/articles/a/'], ['technique']),
    ];
    expect(findLinkProblems(pages, files, origin)).toEqual([]);
  });

  it.each([
    ['/articles/c/', 'no file /articles/c/index.html in the build'],
    ['/articles/b/#missing', 'no element with id "missing" on /articles/b/'],
    ['#nowhere', 'no element with id "nowhere" on /articles/a/'],
    ['http://example.org/', 'external link is not https'],
    ['/og/b.png', 'no file /og/b.png in the build'],
  ])('reports %s', (url, problem) => {
    const pages = [page('/articles/a/', [url]), page('/articles/b/', [], ['technique'])];
    expect(findLinkProblems(pages, files, origin)).toEqual([
      { page: '/articles/a/', url, problem },
    ]);
  });
});
