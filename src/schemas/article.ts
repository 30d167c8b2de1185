import { z } from 'astro/zod';
import { EVIDENCE_LEVEL_KEYS, SERIES_KEYS, TOPIC_KEYS } from '../lib/taxonomy';
import { typeset } from '../lib/typography';
import { changesSchema, checkChangeDates } from './changes';
import {
  calendarDate,
  cardLine,
  line,
  oneOf,
  prose,
  SLUG_PATTERN,
  text,
  type ReferenceFactory,
} from './shared';

export const DESCRIPTION_MIN = 50;
export const DESCRIPTION_MAX = 160;

/**
 * Front matter of `content/articles/<slug>.mdx`. The file name is the slug.
 * `image` is Astro's image helper (it checks the file exists); `reference` links collections.
 */
export function articleSchema<ImageSchema extends z.ZodType>({
  image,
  reference,
}: {
  /**
   * Astro's ImageFunction in the build, so `hero.src` is typed as image metadata; tests pass a
   * stand-in.
   */
  image: () => ImageSchema;
  reference: ReferenceFactory;
}) {
  return z
    .object({
      /** The page's H1 and `<title>`; keep it under about 70 characters for search results. */
      title: cardLine('the article title'),
      /** One or two plain sentences for search snippets and link previews (50-160 characters). */
      description: text('a sentence of 50 to 160 characters')
        .trim()
        .min(DESCRIPTION_MIN, {
          error: (issue) =>
            `is too short (${String(issue.input).length} characters); write ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX}`,
        })
        .max(DESCRIPTION_MAX, {
          error: (issue) =>
            `is too long (${String(issue.input).length} characters); write ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX}`,
        })
        .transform(typeset),
      /** First publication date. A future date keeps the article out of production builds until then. */
      pubDate: calendarDate,
      /** Date of the last substantive change to the text. */
      updatedDate: calendarDate,
      /** Date the evidence was last checked against `content/references.json` and the claims file. */
      reviewedDate: calendarDate,
      /** Author id, a file name in `content/authors/` without `.yaml`. */
      author: reference('authors'),
      /** One to three topic keys from `src/lib/taxonomy.ts`. */
      topics: z
        .array(oneOf(TOPIC_KEYS, 'topic'))
        .min(1, { error: 'needs at least one topic' })
        .max(3, { error: 'takes at most three topics' }),
      /** The series this article belongs to, if any. */
      series: oneOf(SERIES_KEYS, 'series').optional(),
      /** Position within the series, starting at 1. Required when `series` is set. */
      seriesOrder: z.number().int().positive().optional(),
      /** The key takeaways box: short sentences, each labelled with the strength of its evidence. */
      takeaways: z
        .array(
          z.object({
            /** One short sentence. */
            text: prose('the takeaway'),
            /** Strength of evidence, one of the verdicts of the claims file. */
            evidence: oneOf(EVIDENCE_LEVEL_KEYS, 'evidence level'),
          }),
        )
        .min(1, { error: 'needs at least one key takeaway' }),
      /** Slugs of related articles, shown under the article. */
      related: z.array(reference('articles')).default([]),
      /** Exercise ids (file names in `content/exercises/`) the article uses. */
      exercises: z.array(reference('exercises')).default([]),
      /** Program ids (file names in `content/programs/`) the article points to. */
      programs: z.array(reference('programs')).default([]),
      /** Drafts show in `npm run dev` only, never in a production build. */
      draft: z.boolean().default(false),
      /** Optional hero image next to the article file, with required alt text. */
      hero: z
        .object({
          /** Path to the image file, relative to the article. */
          src: image(),
          /** What the image shows, for people who cannot see it. */
          alt: line('alt text describing the image'),
        })
        .optional(),
      /** Old slugs of this article; each keeps redirecting to the current URL. */
      redirectFrom: z
        .array(z.string().regex(SLUG_PATTERN, { error: 'must be a slug like "old-article-name"' }))
        .default([]),
      /** The public change history: dated corrections, clarifications and updates. */
      changes: changesSchema,
    })
    .strict()
    .superRefine((data, ctx) => {
      if (data.series !== undefined && data.seriesOrder === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['seriesOrder'],
          message: `is required when series is set: give this article's position in "${data.series}" (1, 2, ...)`,
        });
      }
      if (data.updatedDate < data.pubDate) {
        ctx.addIssue({
          code: 'custom',
          path: ['updatedDate'],
          message: 'is before pubDate: an article cannot be updated before it was published',
        });
      }
      checkChangeDates(data, ctx);
    });
}
