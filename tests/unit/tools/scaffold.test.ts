import { parseFrontmatter } from '@astrojs/markdown-remark';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { scaffold, slugify } from '../../../tools/dev/scaffold.ts';
import { articleSchema } from '../../../src/schemas/article';
import { exerciseSchema } from '../../../src/schemas/exercise';
import { programSchema } from '../../../src/schemas/program';
import type { ReferenceFactory } from '../../../src/schemas/shared';

const reference = ((collection: string) =>
  z.string().transform((id) => ({ collection, id }))) as unknown as ReferenceFactory;

/** Front matter of a scaffolded file, read by Astro's own parser. */
async function frontMatter(text: string): Promise<unknown> {
  return parseFrontmatter(text).frontmatter;
}

describe('slugify', () => {
  it.each([
    ['The Deadlift for Runners!', 'the-deadlift-for-runners'],
    ['  Hill sprints: 8 × 10 s  ', 'hill-sprints-8-10-s'],
    ['Café résumé', 'cafe-resume'],
    ['!!!', ''],
  ])('%j -> %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('scaffold', () => {
  it.each([
    [
      'article',
      'content/articles/hill-sprints.md',
      articleSchema({ image: () => z.string(), reference }),
    ],
    ['exercise', 'content/exercises/hill-sprints.md', exerciseSchema({ reference })],
    ['program', 'content/programs/hill-sprints.mdx', programSchema({ reference })],
  ] as const)('a new %s is a valid draft at %s', async (kind, path, schema) => {
    const file = scaffold(kind, 'Hill sprints', '2026-11-21');
    expect(file.path).toBe(path);
    const parsed = schema.parse(await frontMatter(file.text)) as { draft: boolean };
    expect(parsed.draft).toBe(true);
  });

  it('refuses a title with no letters or digits, and a bad date', () => {
    expect(() => scaffold('article', '???', '2026-11-21')).toThrow(/file name/);
    expect(() => scaffold('article', 'Title', '21/11/2026')).toThrow(/YYYY-MM-DD/);
  });
});
