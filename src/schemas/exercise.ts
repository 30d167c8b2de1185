import { z } from 'astro/zod';
import { EQUIPMENT_KEYS, LEVEL_KEYS, MUSCLE_KEYS } from '../lib/taxonomy';
import { typeset } from '../lib/typography';
import { positionsSchema } from './pose';
import { cardLine, oneOf, prose, text, type ReferenceFactory } from './shared';

/** `content/exercises/<id>.md`: one exercise in the library. The body holds optional extra prose. */
export function exerciseSchema({ reference }: { reference: ReferenceFactory }) {
  return z
    .object({
      /** Name as shown in headings and program tables. */
      name: cardLine('the exercise name'),
      /** One sentence for search snippets and previews (50-160 characters). */
      description: text('a description').trim().min(50).max(160).transform(typeset),
      /** Muscles the exercise mainly works (strong highlight on the body map). */
      primaryMuscles: z
        .array(oneOf(MUSCLE_KEYS, 'muscle'))
        .min(1, { error: 'needs at least one primary muscle' }),
      /** Muscles it also works (light highlight). */
      secondaryMuscles: z.array(oneOf(MUSCLE_KEYS, 'muscle')).default([]),
      /** Everything needed; alternatives count (a dumbbell or a kettlebell). */
      equipment: z
        .array(oneOf(EQUIPMENT_KEYS, 'equipment value'))
        .min(1, { error: 'needs at least one equipment value (bodyweight if none)' }),
      /** Who it suits first. */
      level: oneOf(LEVEL_KEYS, 'level'),
      /** Why a runner would do it, in one or two sentences. */
      whyRunners: prose('why runners need it'),
      /** Step-by-step cues, in order. */
      cues: z.array(prose('a cue')).min(2, { error: 'needs at least two steps' }),
      /** Mistakes to watch for. */
      mistakes: z.array(prose('a common mistake')).min(1),
      /** Key positions of the drawn technique figure (docs/authoring.md, "Drawn figures"). */
      positions: positionsSchema,
      /** Easier exercises in the library. */
      easier: z.array(reference('exercises')).default([]),
      /** Harder exercises in the library. */
      harder: z.array(reference('exercises')).default([]),
      /** Variations described on this page only (not separate entries). */
      inEntryVariations: z.array(prose('a variation')).default([]),
      /** Sets and reps guidance, for example "2-3 sets of 8-12". */
      dose: prose('sets and reps guidance'),
      /** Draft entries show in development only. */
      draft: z.boolean().default(false),
    })
    .strict();
}
