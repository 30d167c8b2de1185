import { readdirSync, readFileSync } from 'node:fs';

/**
 * Every page path listed in the built sitemap(s), read from `dist/` so the browser tests
 * cover exactly what would be published (plus the 404 page, which the sitemap omits).
 */
export function sitemapPaths(distDir = 'dist'): string[] {
  const files = readdirSync(distDir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  if (files.length === 0) throw new Error(`No sitemap in ${distDir}/: run "npm run build" first.`);
  const paths = files.flatMap((name) =>
    [...readFileSync(`${distDir}/${name}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    ),
  );
  return [...new Set(paths)].sort();
}
