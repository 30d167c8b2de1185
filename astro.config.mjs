// @ts-check
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { defineConfig } from 'astro/config';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deployFilesIntegration } from './src/integrations/deploy-files.ts';
import { contentDates } from './src/integrations/content-dates.ts';
import { prunePageCss } from './src/integrations/prune-page-css.ts';
import { isVisible, publishingFieldsOf } from './src/lib/publishing.ts';
import { articleRedirects, redirectFromOf } from './src/lib/redirects.ts';
import { routes } from './src/lib/routes.ts';
import { lastModifiedIndex, lastModifiedOf } from './src/lib/sitemap.ts';
import {
  cspHash,
  SCRIPT_SOURCES,
  SHARED_DIRECTIVES,
  STYLE_SOURCES,
  THEME_SCRIPT,
} from './src/lib/security.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { headingAnchorOptions } from './src/markdown/heading-anchors.ts';
import { remarkCitations } from './src/markdown/remark-citations.ts';
import { remarkImages } from './src/markdown/remark-images.ts';
import { IMAGE_WIDTHS } from './src/lib/images.ts';
import { remarkCrossLinks } from './src/markdown/remark-cross-links.ts';
import { remarkEvidenceLabels } from './src/markdown/remark-evidence-labels.ts';
import { rehypeTableScroll } from './src/markdown/rehype-table-scroll.ts';
import { resolveSiteUrl } from './src/site.config.ts';

/** Production origin: `SITE_URL` when set (see README "Deploy"), else the default in site.config. */
const siteUrl = resolveSiteUrl(process.env.SITE_URL);
const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const contentRoot = fileURLToPath(new URL('./content/', import.meta.url));

/**
 * The publishing rule for cross-links (see src/lib/publishing.ts): `astro dev` shows drafts,
 * every other command builds what readers see. The collection queries in src/data apply the
 * same rule through import.meta.env.DEV.
 */
const publishing = { now: new Date(), includeUnpublished: process.argv.includes('dev') };
const warn = (/** @type {string} */ message) => console.warn(`[content] ${message}`);

/**
 * Sitemap lastmod from front matter (articles and programs carry dates; exercises do not, so
 * they get none rather than a made-up one). Index pages take their newest entry's date.
 */
function sitemapDates() {
  /** @param {string} folder @param {(id: string) => string} route */
  const entriesOf = (folder, route) =>
    readdirSync(`${contentRoot}${folder}`)
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => ({
        path: route(name.replace(/\.mdx$/, '')),
        date: lastModifiedOf(readFileSync(`${contentRoot}${folder}/${name}`, 'utf8')),
      }));
  const articles = entriesOf('articles', routes.article);
  const programs = entriesOf('programs', routes.program);
  return lastModifiedIndex(
    [...articles, ...programs],
    [
      { path: routes.home(), of: articles.map((entry) => entry.path) },
      { path: routes.articles(), of: articles.map((entry) => entry.path) },
      { path: routes.programs(), of: programs.map((entry) => entry.path) },
    ],
  );
}
const lastModified = sitemapDates();

/**
 * Old article URLs (front matter `redirectFrom`) -> current URLs, for the articles this build
 * publishes. Astro writes a fallback page at each old URL (meta refresh, canonical link, visible
 * link, noindex); the deploy-files integration writes the same list as 301s for nginx, Netlify
 * and Cloudflare Pages.
 */
function contentRedirects() {
  const folder = `${contentRoot}articles`;
  const articles = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({
      slug: name.replace(/\.mdx$/, ''),
      source: readFileSync(`${folder}/${name}`, 'utf8'),
    }))
    .filter(({ source }) => isVisible(publishingFieldsOf(source), publishing))
    .map(({ slug, source }) => ({ slug, redirectFrom: redirectFromOf(source) }));
  return articleRedirects(articles);
}
const redirects = contentRedirects();

/** Pages that are not for search engines: the 404 page, search, and redirect fallback pages. */
const NOT_IN_SITEMAP = [
  routes.notFound(),
  '/404/',
  '/search/',
  ...redirects.map((redirect) => redirect.from),
];

export default defineConfig({
  site: siteUrl,
  // Markdown images in .md files (exercise notes) get a WebP srcset at our widths, sized to the
  // text column by src/markdown/remark-images.ts; MDX bodies and the article hero use
  // src/components/ContentImage.astro (AVIF and WebP, the column's sizes).
  image: { layout: 'constrained', breakpoints: [...IMAGE_WIDTHS] },
  output: 'static',
  // One policy for every page URL: directories with a trailing slash (/articles/slug/).
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Inline all CSS so the HTML document is the only render-blocking request.
    inlineStylesheets: 'always',
  },
  redirects: Object.fromEntries(redirects.map((redirect) => [redirect.from, redirect.to])),
  // Static pages need no client router; keep prefetch off so no script ships by default.
  prefetch: false,
  integrations: [
    // First: a date such as 2026-02-30 is reported as written, before YAML rolls it over.
    contentDates({ contentRoot, projectRoot, folders: ['articles', 'programs'] }),
    mdx(),
    searchIndex(),
    sitemap({
      filter: (page) => !NOT_IN_SITEMAP.some((path) => new URL(page).pathname === path),
      serialize: (item) => {
        const date = lastModified.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: new Date(`${date}T00:00:00Z`).toISOString() } : item;
      },
    }),
    // After every page exists: each keeps only the CSS rules it uses.
    prunePageCss(),
    // Last: server/CDN configs and precompressed files, once every page and the sitemap exist.
    deployFilesIntegration({ redirects }),
  ],
  markdown: {
    // unified (remark) rather than the default Sätteri processor, because our cross-link and
    // citation checks are remark plugins. MDX extends this processor, so .md and .mdx match.
    processor: unified({
      remarkPlugins: [
        [remarkCrossLinks, { contentRoot, projectRoot, publishing, warn }],
        [remarkCitations, { referencesFile: `${contentRoot}references.json`, projectRoot }],
        [remarkImages, { projectRoot }],
        [remarkEvidenceLabels, { projectRoot }],
      ],
      // Heading ids first (Astro would add them after our plugins), then the "#" links to them.
      rehypePlugins: [
        rehypeHeadingIds,
        [rehypeAutolinkHeadings, headingAnchorOptions],
        rehypeTableScroll,
      ],
    }),
    // Shiki's inline styles would need 'unsafe-inline' under a strict CSP; we ship no code blocks.
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
    build: {
      // Astro inlines small scripts into the page. The calendar form's script sits far below the
      // fold on program pages, so it loads as a deferred file instead, keeping those documents
      // within one round trip (14 KB gzip); every other script keeps Vite's default (inline
      // under 4 KB).
      assetsInlineLimit: (filePath) => (filePath.includes('AddToCalendar') ? false : undefined),
      rolldownOptions: {
        // Rolldown warns once per MDX file about a directive Astro adds itself (upstream
        // https://github.com/withastro/astro/issues/18087): 12 lines per article would bury every
        // real warning in a large build. Only that exact warning is dropped.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject'))
            return;
          handler(level, log);
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // A strict Content Security Policy in each page's <meta> (builds only, not `astro dev`): Astro
  // hashes the scripts and styles it bundles; the inline theme script is hashed here and the
  // JSON-LD blocks per page in BaseLayout, since Astro does not hash those
  // (https://github.com/withastro/astro/issues/16664). Policy pieces: src/lib/security.ts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...SHARED_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES], hashes: [cspHash(THEME_SCRIPT)] },
      styleDirective: { resources: [...STYLE_SOURCES] },
    },
  },
});
