// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { colorTokens } from './src/integrations/color-tokens/index.ts';
import { siteContent } from './src/integrations/content/index.ts';
import { markdownPipelineDigest } from './src/integrations/content/pipeline-digest.ts';
import { contentSvgCheck } from './src/integrations/content-svg/index.ts';
import { deployFilesIntegration } from './src/integrations/deploy-files/index.ts';
import { prunePageCss } from './src/integrations/prune-css/index.ts';
import { searchIndex } from './src/integrations/search-index/index.ts';
import { IMAGE_WIDTHS } from './src/lib/images.ts';
import { routes } from './src/lib/routes.ts';
import {
  cspHash,
  SCRIPT_SOURCES,
  SHARED_DIRECTIVES,
  STYLE_SOURCES,
  THEME_SCRIPT,
} from './src/lib/security.ts';
import { markdownPipeline } from './src/markdown/pipeline.ts';
import { resolveSiteUrl } from './src/site.config.ts';

/** Production origin: `SITE_URL` when set (see docs/deploy.md), else the default in site.config. */
const siteUrl = resolveSiteUrl(process.env.SITE_URL);
const projectRoot = fileURLToPath(new URL('.', import.meta.url));
const contentRoot = fileURLToPath(new URL('./content/', import.meta.url));

/**
 * The content side of the build (src/integrations/content/): the one reader of content files
 * outside Astro's collections, the publishing rule (from Astro's command), redirects and sitemap
 * dates.
 */
const content = siteContent({ contentRoot, projectRoot });
const warn = (/** @type {string} */ message) => console.warn(`[content] ${message}`);
const search = searchIndex();

/** Pages that are not for search engines: the 404 page, search, and redirect fallback pages. */
const notInSitemap = (/** @type {string} */ path) =>
  [routes.notFound(), '/404/', routes.search()].includes(path) ||
  content.redirects().some((redirect) => redirect.from === path);

export default defineConfig({
  site: siteUrl,
  // Markdown images in .md files (exercise notes) get a WebP srcset at our widths, sized to the
  // text column by src/markdown/images.ts; MDX bodies and the article hero use
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
  // Static pages need no client router; keep prefetch off so no script ships by default.
  prefetch: false,
  integrations: [
    // First: the publishing rule and the redirects, before anything reads content.
    content.integration,
    // Before anything renders: a content SVG with script or external references stops the build.
    contentSvgCheck({ contentRoot, projectRoot }),
    colorTokens(),
    mdx(),
    // The search index is built beside the next steps, in Pagefind's own process (issue 21).
    search.start,
    sitemap({
      filter: (page) => !notInSitemap(new URL(page).pathname),
      serialize: (item) => {
        const date = content.lastModified(new URL(item.url).pathname);
        return date ? { ...item, lastmod: new Date(`${date}T00:00:00Z`).toISOString() } : item;
      },
    }),
    // After every page exists: each keeps only the CSS rules it uses.
    prunePageCss(),
    // The index's files must exist before they are compressed.
    search.written,
    // Last: server/CDN configs and precompressed files, once every page and the sitemap exist.
    deployFilesIntegration(),
  ],
  markdown: {
    // Sätteri, Astro 7's default processor (a Rust parser; plugins are JavaScript visitors): the
    // site's checks and transforms are its plugins (src/markdown/pipeline.ts). MDX runs the same
    // plugins, so .md and .mdx match.
    processor: satteri(
      markdownPipeline({
        projectRoot,
        contentRoot,
        content: content.reader,
        references: () => content.reader.references(),
        warn,
        cacheKey: markdownPipelineDigest(projectRoot),
      }),
    ),
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
