import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/schemas/article';
import { referenceSchema } from '../../src/schemas/reference';
import type { ReferenceFactory } from '../../src/schemas/shared';
import references from '../../content/references.json';

/** Stand-ins for Astro's helpers: the real ones need a running content layer. */
const schema = articleSchema({
  image: () => z.string(),
  reference: ((collection: string) =>
    z.string().transform((id) => ({ collection, id }))) as unknown as ReferenceFactory,
});

const valid = {
  title: 'Strength training and running economy',
  description:
    'What lifting does to the energy cost of running, how big the effect is, and who was studied.',
  pubDate: '2026-11-21',
  updatedDate: '2026-11-21',
  reviewedDate: '2026-11-21',
  author: 'editorial-team',
  topics: ['running-economy'],
  series: 'why-runners-should-lift',
  seriesOrder: 2,
  takeaways: [{ text: 'Economy improved in trained runners.', evidence: 'well-supported' }],
};

/** The first issue as "path: message", the way a writer reads it. */
function firstIssue(input: unknown): string {
  const result = schema.safeParse(input);
  if (result.success) return 'valid';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.')}: ${issue.message}`;
}

describe('article schema', () => {
  it('accepts a complete article and fills defaults', () => {
    const parsed = schema.parse(valid);
    expect(parsed.draft).toBe(false);
    expect(parsed.related).toEqual([]);
    expect(parsed.author).toEqual({ collection: 'authors', id: 'editorial-team' });
    expect(parsed.pubDate).toBeInstanceOf(Date);
  });

  it.each([
    ['missing title', { title: undefined }, /^title: must be the article title/],
    ['empty title', { title: '  ' }, /^title: must not be empty/],
    [
      'short description',
      { description: 'Too short.' },
      /^description: is too short \(10 characters\); write 50 to 160/,
    ],
    [
      'long description',
      { description: 'x'.repeat(161) },
      /^description: is too long \(161 characters\); write 50 to 160/,
    ],
    [
      'unknown topic',
      { topics: ['speed'] },
      /^topics\.0: "speed" is not a known topic; use one of: injury-prevention, rehab/,
    ],
    ['no topic', { topics: [] }, /^topics: needs at least one topic/],
    ['invalid date', { pubDate: '2026-13-45' }, /^pubDate: must be a date written as YYYY-MM-DD/],
    [
      'series without order',
      { seriesOrder: undefined },
      /^seriesOrder: is required when series is set/,
    ],
    ['updated before published', { updatedDate: '2026-01-01' }, /^updatedDate: is before pubDate/],
    [
      'unknown evidence label',
      { takeaways: [{ text: 'x', evidence: 'strong' }] },
      /^takeaways\.0\.evidence: "strong" is not a known evidence level; use one of: well-supported, limited/,
    ],
    ['unknown field', { tags: ['x'] }, /tags/],
    [
      'hero without alt',
      { hero: { src: 'hero.jpg' } },
      /^hero\.alt: must be alt text describing the image/,
    ],
    ['bad redirect slug', { redirectFrom: ['Old Name'] }, /^redirectFrom\.0: must be a slug/],
  ])('%s', (_name, change, message) => {
    expect(firstIssue({ ...valid, ...change })).toMatch(message);
  });
});

describe('references.json', () => {
  it('matches the reference schema, with unique ids', () => {
    const parsed = z.array(referenceSchema).parse(references);
    const ids = parsed.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('storen-2008');
  });

  it('shows readers no note about what was not checked (issue 18)', () => {
    const parsed = z.array(referenceSchema).parse(references);
    const shown = parsed.flatMap((entry) => [entry.authors, entry.pages ?? '', entry.population]);
    expect(shown.filter((text) => /not (re-?)?(verified|checked)/i.test(text))).toEqual([]);
    const beyer = parsed.find((entry) => entry.id === 'beyer-2015');
    expect(beyer?.pages).toBe('1704');
  });
});
