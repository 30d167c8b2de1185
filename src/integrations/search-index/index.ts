import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { routes } from '../../lib/routes.ts';

/**
 * Builds the Pagefind search index from the finished HTML, right after `astro build`, so every
 * build (npm start, npm test, CI) ships a working /search/ page. What gets indexed is decided
 * in the markup: `data-pagefind-body` on the text of each article, exercise, program and topic
 * page, `data-pagefind-filter="kind:..."` beside it (src/lib/search.ts, shown on each result and
 * used by the kind filter) and `data-pagefind-filter="topic"` on an article's topic links. A
 * result's title is the page's h1 (Pagefind's default), which keeps the attribute off every page.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'strong-miles:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) {
          throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        }
        if (added.page_count === 0) {
          throw new Error('Pagefind indexed no pages: no page carries data-pagefind-body.');
        }
        const written = await index.writeFiles({
          outputPath: fileURLToPath(new URL(`.${routes.searchIndex()}`, dir)),
        });
        if (written.errors.length > 0) {
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        }
        await pagefind.close();
        // The time is read by `npm run bench:build` (tools/bench/build-phases.ts).
        logger.info(
          `Search index: ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
