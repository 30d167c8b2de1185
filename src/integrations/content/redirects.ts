import { routes } from '../../lib/routes.ts';

/**
 * Redirects from an article's old slugs (front matter `redirectFrom`) to its current URL. One
 * list feeds Astro's `redirects` (a static fallback page at each old URL), nginx and the
 * Netlify/Cloudflare `_redirects` file (301s), and keeps the old URLs out of the sitemap.
 */

/** One permanent redirect between two page paths (both ending in "/"). */
export interface Redirect {
  from: string;
  to: string;
}

/**
 * The redirects of the published articles, sorted by old path so generated files are stable.
 * Throws when two articles claim the same old slug (the content graph check names the files
 * first; this guards the generated configs).
 */
export function articleRedirects(
  articles: readonly { slug: string; redirectFrom: readonly string[] }[],
): Redirect[] {
  const byFrom = new Map<string, Redirect>();
  for (const { slug, redirectFrom } of articles) {
    for (const oldSlug of redirectFrom) {
      const redirect = { from: routes.article(oldSlug), to: routes.article(slug) };
      const existing = byFrom.get(redirect.from);
      if (existing && existing.to !== redirect.to) {
        throw new Error(
          `redirectFrom "${oldSlug}" is claimed by two articles (${existing.to} and ${redirect.to}); keep it on one.`,
        );
      }
      if (redirect.from === redirect.to) {
        throw new Error(`redirectFrom "${oldSlug}" is the article's own slug; remove it.`);
      }
      byFrom.set(redirect.from, redirect);
    }
  }
  return [...byFrom.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The request paths a redirect answers: the old page path and the same path without its
 * trailing slash (so `/articles/old` goes to the new URL in one hop, not via `/articles/old/`).
 */
export function redirectSources(redirect: Redirect): string[] {
  return [redirect.from, redirect.from.replace(/\/$/, '')];
}
