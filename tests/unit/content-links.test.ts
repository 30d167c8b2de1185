import { describe, expect, it } from 'vitest';
import { isFileLink, targetForContentFile } from '../../src/lib/content-links';

describe('targetForContentFile', () => {
  it.each([
    [
      'articles/deadlift-for-runners.mdx',
      'articles',
      'deadlift-for-runners',
      '/articles/deadlift-for-runners/',
    ],
    [
      'articles/strength-training-myths-runners.md',
      'articles',
      'strength-training-myths-runners',
      '/articles/strength-training-myths-runners/',
    ],
    ['exercises/goblet-squat.md', 'exercises', 'goblet-squat', '/exercises/goblet-squat/'],
    [
      'programs/in-season-strength-maintenance.mdx',
      'programs',
      'in-season-strength-maintenance',
      '/programs/in-season-strength-maintenance/',
    ],
  ])('%s', (path, collection, id, route) => {
    expect(targetForContentFile(path)).toEqual({
      ok: true,
      target: { collection, id, path: route },
    });
  });

  it.each([
    ['articles/deadlift-for-runners.markdown', /end in "\.md" or "\.mdx", not "\.markdown"/],
    ['exercises/goblet-squat.mdx', /end in "\.md", not "\.mdx"/],
    ['authors/editorial-team.mdx', /"authors" is not a folder with pages/],
    ['../src/pages/index.mdx', /not a file directly inside a content folder/],
    ['articles/sub/x.mdx', /not a file directly inside a content folder/],
  ])('refuses %s', (path, reason) => {
    const result = targetForContentFile(path);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});

describe('isFileLink', () => {
  it.each([
    ['./deadlift-for-runners.mdx', true],
    ['./deadlift-for-runners.mdx#technique', true],
    ['../exercises/goblet-squat.md', true],
    ['deadlift-for-runners.mdx', true],
    ['/about/', false],
    ['#references', false],
    ['https://example.com/file.md', false],
    ['mailto:team@example.com', false],
    ['./image.png', false],
  ])('%s -> %s', (url, expected) => {
    expect(isFileLink(url)).toBe(expected);
  });
});
