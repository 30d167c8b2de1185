import { z } from 'astro/zod';
import { MUSCLE_KEYS, TOPIC_KEYS } from '../lib/taxonomy';
import { DESCRIPTION_MAX, DESCRIPTION_MIN } from './article';
import { typeset } from '../lib/typography';
import { cardLine, oneOf, type ReferenceFactory } from './shared';

/**
 * `content/muscle-groups/<id>.md`: one page of exercises for a muscle group ("Glute exercises
 * for runners"). The exercise list is not written here: the page lists every exercise in the
 * library whose main muscles include one of `muscles`, easiest first. The body is the short
 * introduction on why the group matters for running, with citations.
 */
export function muscleGroupSchema({ reference }: { reference: ReferenceFactory }) {
  return z
    .object({
      /** The page's H1 and `<title>`, for example "Glute exercises for runners". */
      title: cardLine('the page title'),
      /** One or two sentences for search results and link previews (50-160 characters). */
      description: z
        .string({ error: 'must be a sentence of 50 to 160 characters' })
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
      /** Muscle keys from src/lib/taxonomy.ts; an exercise is listed when one is among its main muscles. */
      muscles: z
        .array(oneOf(MUSCLE_KEYS, 'muscle'))
        .min(1, { error: 'needs at least one muscle key, for example [glutes]' })
        .refine((keys) => new Set(keys).size === keys.length, {
          error: 'lists a muscle twice; name each muscle once',
        }),
      /** One to three topic keys: the topic pages link to this page. */
      topics: z
        .array(oneOf(TOPIC_KEYS, 'topic'))
        .min(1, { error: 'needs at least one topic' })
        .max(3, { error: 'takes at most three topics' }),
      /** Articles to read next; each of them links back to this page. */
      articles: z.array(reference('articles')).default([]),
      /** Drafts show in `npm run dev` only, never in a production build. */
      draft: z.boolean().default(false),
    })
    .strict();
}
