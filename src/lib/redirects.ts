import { routes } from './routes';

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
 * Reads `redirectFrom` from a content file's YAML front matter, before the collection is loaded
 * (astro.config.mjs needs it to configure redirects). Accepts the flow form
 * `redirectFrom: [a, b]` and the block form (`- a` lines). The schema validates the same field
 * when the collection loads, so a malformed value still fails the build with a clear message.
 */
export function redirectFromOf(source: string): string[] {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const unquote = (value: string) => value.trim().replace(/^(['"])(.*)\1$/, '$2');
  const flow = /^redirectFrom:[ \t]*\[([^\]]*)\][ \t]*$/m.exec(frontMatter);
  if (flow) {
    return (flow[1] ?? '')
      .split(',')
      .map(unquote)
      .filter((slug) => slug.length > 0);
  }
  const block = /^redirectFrom:[ \t]*\r?\n((?:[ \t]+-[^\n]*\r?\n?)+)/m.exec(frontMatter);
  if (!block) return [];
  return (block[1] ?? '')
    .split('\n')
    .map((line) => /^[ \t]+-[ \t]*(.*)$/.exec(line)?.[1])
    .filter((value): value is string => value !== undefined)
    .map(unquote)
    .filter((slug) => slug.length > 0);
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
