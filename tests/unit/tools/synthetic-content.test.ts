import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import references from '../../../content/references.json';
import { articleSchema } from '../../../src/schemas/article';
import type { ReferenceFactory } from '../../../src/schemas/shared';
import {
  sectionId,
  SYNTHETIC_SECTIONS,
  syntheticArticle,
  syntheticSlug,
} from '../../../tools/bench/synthetic-content.ts';

/** Stand-ins for Astro's helpers, as in schemas.test.ts. */
const schema = articleSchema({
  image: () => z.string(),
  reference: ((collection: string) =>
    z.string().transform((id) => ({ collection, id }))) as unknown as ReferenceFactory,
});
const inputs = {
  referenceIds: references.map((reference) => reference.id),
  exerciseIds: ['back-squat', 'a-skip'],
  programIds: ['beginner-strength-plan-8-weeks'],
  authorId: 'editorial-team',
};
/** Front matter and body, read by Astro's own parser. */
const split = (text: string) => {
  const { frontmatter, content } = parseFrontmatter(text);
  return { data: frontmatter as unknown, body: content };
};

describe('syntheticArticle', () => {
  const total = 50;
  const articles = Array.from({ length: total }, (_, index) =>
    syntheticArticle(index, total, inputs),
  );

  it('writes front matter the real article schema accepts', () => {
    for (const article of articles) {
      const result = schema.safeParse(split(article.text).data);
      expect(result.success, `${article.fileName}: ${JSON.stringify(result.error?.issues)}`).toBe(
        true,
      );
    }
  });

  it('is about the length of a real article', () => {
    const words = split(articles[0]!.text).body.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThan(1200);
    expect(words).toBeLessThan(2200);
  });

  it('cites only real reference ids', () => {
    const known = new Set(inputs.referenceIds);
    for (const article of articles) {
      const cited = [...article.text.matchAll(/\[@([\w-]+)\]/g)].map((match) => match[1]!);
      expect(cited.length).toBeGreaterThanOrEqual(5);
      for (const id of cited) expect(known).toContain(id);
    }
  });

  it('are plain Markdown files with no MDX component, as most real articles are', () => {
    for (const article of articles) {
      expect(article.fileName).toMatch(/^[\w-]+\.md$/);
      expect(article.text).not.toMatch(/<[A-Z]/);
    }
  });

  it('cross-links other synthetic articles by file path to headings that exist', () => {
    const slugs = new Set(articles.map((article) => article.fileName.replace(/\.md$/, '')));
    const ids = new Set(SYNTHETIC_SECTIONS.map(sectionId));
    for (const [index, article] of articles.entries()) {
      const links = [...article.text.matchAll(/\]\(\.\/([\w-]+)\.md#([\w-]+)\)/g)];
      expect(links.length).toBeGreaterThanOrEqual(3);
      for (const [, slug, fragment] of links) {
        expect(slugs).toContain(slug);
        expect(slug).not.toBe(syntheticSlug(index));
        expect(ids).toContain(fragment);
      }
    }
  });

  it('writes the same text as MDX for commits that read only MDX, linking .mdx files', () => {
    const markdown = syntheticArticle(3, total, inputs);
    const mdx = syntheticArticle(3, total, inputs, '.mdx');
    expect(mdx.fileName).toBe('synthetic-article-4.mdx');
    expect(mdx.text).toBe(markdown.text.replaceAll('.md#', '.mdx#'));
    expect(mdx.text).not.toMatch(/\.md#/);
  });

  it('is deterministic and refuses inputs it cannot link or cite', () => {
    expect(syntheticArticle(3, total, inputs)).toEqual(syntheticArticle(3, total, inputs));
    expect(() => syntheticArticle(0, 1, inputs)).toThrow(/at least 2/);
    expect(() => syntheticArticle(0, 5, { ...inputs, referenceIds: ['a'] })).toThrow(
      /reference ids/,
    );
  });
});
