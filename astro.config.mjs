// @ts-check
import { unified } from '@astrojs/markdown-remark';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import { remarkCitations } from './src/markdown/remark-citations.ts';
import { remarkCrossLinks } from './src/markdown/remark-cross-links.ts';
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

export default defineConfig({
  site: siteUrl,
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
  integrations: [mdx(), sitemap()],
  markdown: {
    // unified (remark) rather than the default Sätteri processor, because our cross-link and
    // citation checks are remark plugins. MDX extends this processor, so .md and .mdx match.
    processor: unified({
      remarkPlugins: [
        [remarkCrossLinks, { contentRoot, projectRoot, publishing, warn }],
        [remarkCitations, { referencesFile: `${contentRoot}references.json`, projectRoot }],
      ],
      rehypePlugins: [rehypeTableScroll],
    }),
    // Shiki's inline styles would need 'unsafe-inline' under a strict CSP; we ship no code blocks.
    syntaxHighlight: false,
  },
  vite: {
    plugins: [tailwindcss()],
  },
  devToolbar: { enabled: false },
});
