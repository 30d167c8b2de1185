import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { PublishingContext } from '../../lib/publishing.ts';
import { routes } from '../../lib/routes.ts';
import { checkCalendarDates } from './dates.ts';
import { checkContentFiles } from './files.ts';
import { ContentReader } from './reader.ts';
import { articleRedirects, type Redirect } from './redirects.ts';
import { lastModifiedIndex, lastModifiedOf } from './sitemap.ts';

/** The module through which src/data gets the build's publishing rule. */
const PUBLISHING_MODULE = 'virtual:strong-miles/publishing';

/** What the build knows about content before Astro loads its collections. */
export interface SiteContent {
  /** Add to `integrations`: decides dev or build, reads the content, sets the redirects. */
  integration: AstroIntegration;
  /** The one content reader; the cross-link plugin asks it about link targets. */
  reader: ContentReader;
  /** Old article URLs -> current URLs, for the articles this build publishes. */
  redirects(): readonly Redirect[];
  /** The sitemap `lastmod` (YYYY-MM-DD) of a page path, from its content's dates. */
  lastModified(pagePath: string): string | undefined;
}

/**
 * The content side of the build. When Astro sets up (`astro:config:setup`), its `command` decides
 * the publishing rule once for everyone: `astro dev` shows drafts and scheduled entries, every
 * other command builds what readers see. Before anything is read, every front-matter date must be
 * a day on the calendar (dates.ts). The rule goes to the content reader (cross-links) and,
 * through a virtual module, to src/data (collection queries). The published articles' old slugs
 * become Astro redirects (a fallback page at each old URL; the deploy-files integration writes
 * the same list as 301s), and the dates of the published entries become sitemap `lastmod`s.
 */
export function siteContent({
  contentRoot,
  projectRoot,
}: {
  contentRoot: string;
  projectRoot: string;
}): SiteContent {
  const reader = new ContentReader({ contentRoot, projectRoot });
  let redirects: Redirect[] | undefined;
  let lastModified: Map<string, string> | undefined;
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('The content integration has not run yet (astro:config:setup).');
    return value;
  };

  const integration: AstroIntegration = {
    name: 'strong-miles:content',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // First: files Astro would misread (references.json, unclosed front matter, images
        // from outside content/), then dates such as 2026-02-30 is reported as written, before YAML rolls it over.
        checkContentFiles({
          contentRoot,
          projectRoot,
          folders: ['articles', 'exercises', 'programs', 'muscle-groups'],
        });
        checkCalendarDates({ contentRoot, projectRoot, folders: ['articles', 'programs'] });
        const devServer = command === 'dev';
        const publishing: PublishingContext = { now: new Date(), includeUnpublished: devServer };
        reader.publishing = publishing;
        const articles = reader.entries('articles').filter((entry) => reader.isPublished(entry));
        const programs = reader.entries('programs').filter((entry) => reader.isPublished(entry));
        redirects = articleRedirects(
          articles.map((entry) => ({ slug: entry.id, redirectFrom: entry.redirectFrom })),
        );
        // Exercises carry no dates, so they get no lastmod rather than a made-up one; index
        // pages take their newest entry's date.
        const dated = (entries: typeof articles, route: (id: string) => string) =>
          entries.map((entry) => ({ path: route(entry.id), date: lastModifiedOf(entry) }));
        const articlePaths = articles.map((entry) => routes.article(entry.id));
        lastModified = lastModifiedIndex(
          [...dated(articles, routes.article), ...dated(programs, routes.program)],
          [
            { path: routes.home(), of: articlePaths },
            { path: routes.articles(), of: articlePaths },
            { path: routes.programs(), of: programs.map((entry) => routes.program(entry.id)) },
          ],
        );
        updateConfig({
          redirects: Object.fromEntries(redirects.map((redirect) => [redirect.from, redirect.to])),
          vite: { plugins: [publishingModule(publishing, devServer)] },
        });
      },
    },
  };

  return {
    integration,
    reader,
    redirects: () => ready(redirects),
    lastModified: (pagePath) => ready(lastModified).get(pagePath),
  };
}

/** `virtual:strong-miles/publishing`: the publishing rule and whether this is the dev server. */
function publishingModule(publishing: PublishingContext, devServer: boolean): Plugin {
  const resolved = `\0${PUBLISHING_MODULE}`;
  return {
    name: 'strong-miles:publishing',
    resolveId: (id) => (id === PUBLISHING_MODULE ? resolved : undefined),
    load: (id) =>
      id === resolved
        ? [
            `export const publishing = { now: new Date(${publishing.now.getTime()}), includeUnpublished: ${publishing.includeUnpublished} };`,
            `export const devServer = ${devServer};`,
          ].join('\n')
        : undefined,
  };
}
