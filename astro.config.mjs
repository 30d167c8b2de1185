// @ts-check
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
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
import { headingAnchorOptions } from './src/markdown/heading-anchors.ts';
import { rehypeStackedTables } from './src/markdown/rehype-stacked-tables.ts';
import { remarkCallouts } from './src/markdown/remark-callouts.ts';
import { remarkCitations } from './src/markdown/remark-citations.ts';
import { remarkCrossLinks } from './src/markdown/remark-cross-links.ts';
import { remarkEvidenceLabels } from './src/markdown/remark-evidence-labels.ts';
import { remarkImages } from './src/markdown/remark-images.ts';
import { remarkReadingTime } from './src/markdown/remark-reading-time.ts';
import { remarkSmartPunctuation } from './src/markdown/remark-smart-punctuation.ts';
import { remarkTypography } from './src/markdown/remark-typography.ts';
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
    // unified (remark) rather than the default Sätteri processor, because our cross-link and
    // citation checks are remark plugins. MDX extends this processor, so .md and .mdx match.
    processor: unified({
      // Smart punctuation by our own one-pass plugin (src/lib/smart-punctuation.ts), first, where
      // Astro ran SmartyPants: the same output at a fraction of the cost (issue 21).
      smartypants: false,
      remarkPlugins: [
        // First: callout directives (`:evidence[...]`, `:::see-a-professional`) become their
        // components' HTML, as hast the later text plugins do not take for prose.
        // The pipeline's digest rides on the first plugin's options, so a change to any plugin
        // or to references.json clears Astro's cache of rendered Markdown (pipeline-digest.ts).
        [remarkCallouts, { projectRoot, cacheKey: markdownPipelineDigest(projectRoot) }],
        remarkSmartPunctuation,
        [remarkCrossLinks, { content: content.reader, contentRoot, projectRoot, warn }],
        // Before the citations: "[@key]" is not words a reader reads.
        remarkReadingTime,
        [remarkCitations, { references: () => content.reader.references(), projectRoot }],
        [remarkImages, { projectRoot }],
        [remarkEvidenceLabels, { projectRoot }],
        // Last, on the text as readers see it: en dashes in number ranges (src/lib/typography.ts).
        remarkTypography,
      ],
      // Heading ids first (Astro would add them after our plugins), then the "#" links to them.
      rehypePlugins: [
        rehypeHeadingIds,
        [rehypeAutolinkHeadings, headingAnchorOptions],
        rehypeStackedTables,
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
