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
 *
 * Pagefind runs in a process of its own, so the index is built on the second core while the
 * next integrations work on the first (issue 21: about 3 s at 1,000 articles): `start` begins it
 * and `written` waits for it. Put `start` after the last integration that changes page text and
 * `written` before the first that needs the index's files (compression). Between them, pages may
 * only be rewritten whole (write and rename, as the CSS trimming does), so Pagefind reads a page
 * either before or after, never half written; both have the same text.
 */
export function searchIndex(): { start: AstroIntegration; written: AstroIntegration } {
  let indexing: Promise<{ pages: number; ms: number }> | undefined;
  return {
    start: {
      name: 'strong-miles:search-index-start',
      hooks: {
        'astro:build:done': ({ dir }) => {
          indexing = buildIndex(dir);
          // Awaited by `written`; until then a failure must not end the process unreported.
          indexing.catch(() => undefined);
        },
      },
    },
    written: {
      name: 'strong-miles:search-index',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!indexing)
            throw new Error(
              'searchIndex().written ran without searchIndex().start: add both to integrations, start first.',
            );
          const waitStarted = performance.now();
          const { pages, ms } = await indexing;
          // The last number is the time the build waited, which `npm run bench:build` counts
          // (tools/bench/build-phases.ts).
          logger.info(
            `Search index: ${pages} pages (${ms} ms beside the steps before); the build waited for it in ${Math.round(performance.now() - waitStarted)} ms`,
          );
        },
      },
    },
  };
}

/** Indexes every page under `dir` and writes the index's files; its pages and time. */
async function buildIndex(dir: URL): Promise<{ pages: number; ms: number }> {
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
  return { pages: added.page_count, ms: Math.round(performance.now() - started) };
}
