import { describe, expect, it } from 'vitest';
import {
  backlinksFrom,
  findContentGraphProblems,
  pickById,
  type EntryLinks,
} from '../../src/lib/content-graph';

const article = (
  id: string,
  references: EntryLinks['references'] = [],
  redirectFrom: string[] = [],
): EntryLinks => ({
  file: `content/articles/${id}.mdx`,
  id,
  references,
  redirectFrom,
});

describe('findContentGraphProblems', () => {
  const base = {
    authors: [
      { file: 'content/authors/editorial-team.yaml', id: 'editorial-team', references: [] },
    ],
    exercises: [{ file: 'content/exercises/goblet-squat.md', id: 'goblet-squat', references: [] }],
  };

  it('accepts references to existing entries', () => {
    const graph = {
      ...base,
      articles: [
        article('a', [{ field: 'author', collection: 'authors', id: 'editorial-team' }]),
        article('b'),
      ],
    };
    expect(findContentGraphProblems(graph)).toEqual([]);
  });

  it('names the file, field and bad id of an unknown reference, with close valid ids', () => {
    const graph = {
      ...base,
      articles: [
        article('a', [{ field: 'exercises[0]', collection: 'exercises', id: 'goblet-sqat' }]),
      ],
    };
    expect(findContentGraphProblems(graph)).toEqual([
      {
        file: 'content/articles/a.mdx',
        field: 'exercises[0]',
        value: 'goblet-sqat',
        problem: 'is not an entry in content/exercises/',
        valid: 'one of the existing ids, for example goblet-squat',
      },
    ]);
  });

  it('refuses an old slug that is a current slug or another article’s old slug', () => {
    const graph = {
      ...base,
      articles: [
        article('a', [], ['b']),
        article('b'),
        article('c', [], ['old']),
        article('d', [], ['old']),
      ],
    };
    const problems = findContentGraphProblems(graph);
    expect(problems.map((problem) => `${problem.file} ${problem.field} ${problem.value}`)).toEqual([
      'content/articles/a.mdx redirectFrom[0] b',
      'content/articles/d.mdx redirectFrom[0] old',
    ]);
    expect(problems[0]?.problem).toMatch(/already the slug of content\/articles\/b\.mdx/);
  });
});

describe('backlinksFrom', () => {
  it('lists each linking article once, in source order, ignoring self-links and other collections', () => {
    const backlinks = backlinksFrom([
      {
        id: 'a',
        links: [
          { collection: 'articles', id: 'c' },
          { collection: 'articles', id: 'c' },
          { collection: 'articles', id: 'a' },
        ],
      },
      {
        id: 'b',
        links: [
          { collection: 'articles', id: 'c' },
          { collection: 'exercises', id: 'c' },
        ],
      },
    ]);
    expect(backlinks.get('c')).toEqual(['a', 'b']);
    expect(backlinks.has('a')).toBe(false);
  });
});

describe('file names', () => {
  it('refuses a file name that is not a URL slug, suggesting one', () => {
    const problems = findContentGraphProblems({ articles: [article('Hill Sprints')] });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/articles/Hill Sprints.mdx',
        field: 'file name',
        value: 'Hill Sprints',
        valid: 'a name such as hill-sprints',
      }),
    ]);
  });

  it('refuses two entries whose names differ only in case', () => {
    const problems = findContentGraphProblems({
      exercises: [
        { file: 'content/exercises/plank.md', id: 'plank', references: [] },
        { file: 'content/exercises/Plank.md', id: 'Plank', references: [] },
      ],
    });
    expect(problems.map((problem) => problem.problem)).toContain(
      'gives the same URL as content/exercises/plank.md',
    );
  });
});

describe('pickById', () => {
  it('keeps the references’ order and leaves out entries that are not there', () => {
    const entries = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(pickById(entries, [{ id: 'c' }, { id: 'draft' }, { id: 'a' }])).toEqual([
      { id: 'c' },
      { id: 'a' },
    ]);
  });
});
