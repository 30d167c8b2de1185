import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { authorSchema } from './schemas/author';
import { exerciseSchema } from './schemas/exercise';
import { muscleGroupSchema } from './schemas/muscle-group';
import { programSchema } from './schemas/program';
import { referenceSchema } from './schemas/reference';

/**
 * Content lives in the top-level `content/` folder, outside `src/`, so writers only ever touch
 * that folder. The file name (without extension) is the entry id and the URL slug.
 */
const CONTENT_ROOT = './content';

/** Uses the file name as the id, so `deadlift-for-runners.mdx` is always "deadlift-for-runners". */
const idFromFileName = ({ entry }: { entry: string }): string =>
  entry.replace(/\.(mdx?|ya?ml)$/, '');

/**
 * Articles are plain Markdown (`.md`, callouts as directives: src/markdown/callouts.ts)
 * unless they need a component, such as an exercise figure (`.mdx`): Astro caches rendered
 * Markdown between builds but recompiles every MDX module (issue 21).
 *
 * Their source text is not kept in Astro's data store (`retainBody: false`): pages use the
 * rendered HTML, and the store, which the build bundles whole into its server code, is a third
 * smaller without it (32.6 to 20.3 MB at 1,000 articles). An article's `body` is undefined.
 */
const articles = defineCollection({
  loader: glob({
    pattern: '*.{md,mdx}',
    base: `${CONTENT_ROOT}/articles`,
    generateId: idFromFileName,
    retainBody: false,
  }),
  schema: ({ image }) => articleSchema({ image, reference }),
});

const exercises = defineCollection({
  loader: glob({ pattern: '*.md', base: `${CONTENT_ROOT}/exercises`, generateId: idFromFileName }),
  schema: exerciseSchema({ reference }),
});

const programs = defineCollection({
  loader: glob({ pattern: '*.mdx', base: `${CONTENT_ROOT}/programs`, generateId: idFromFileName }),
  schema: programSchema({ reference }),
});

const muscleGroups = defineCollection({
  loader: glob({
    pattern: '*.md',
    base: `${CONTENT_ROOT}/muscle-groups`,
    generateId: idFromFileName,
  }),
  schema: muscleGroupSchema({ reference }),
});

const authors = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/authors`, generateId: idFromFileName }),
  schema: authorSchema,
});

const references = defineCollection({
  loader: file(`${CONTENT_ROOT}/references.json`),
  schema: referenceSchema,
});

export const collections = { articles, exercises, programs, muscleGroups, authors, references };
