import { readdirSync, readFileSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site-pages';

/** Every sitemap URL carries a complete, absolute set of search and sharing metadata. */

const ORIGIN = new URL(
  /<loc>([^<]+)<\/loc>/.exec(readFileSync('dist/sitemap-0.xml', 'utf8'))?.[1] ??
    'https://invalid.example',
).origin;

/** Width and height of a PNG in dist/. */
function pngSize(path: string): { width: number; height: number; bytes: number } {
  const png = readFileSync(`dist${path}`);
  return {
    width: png.readUInt32BE(16),
    height: png.readUInt32BE(20),
    bytes: statSync(`dist${path}`).size,
  };
}

test.describe('search and sharing metadata', () => {
  for (const path of sitemapPaths()) {
    test(path, async ({ page }) => {
      await page.goto(path);
      const head = page.locator('head');
      const meta = async (key: string) =>
        head
          .locator(`meta[name="${key}"], meta[property="${key}"]`)
          .first()
          .getAttribute('content');

      const canonical = await head.locator('link[rel="canonical"]').getAttribute('href');
      expect(canonical).toBe(`${ORIGIN}${path}`);
      expect(await meta('og:url')).toBe(canonical);
      expect(await page.title()).toMatch(/ \| Strong Miles$|^Strong Miles: /);
      const description = (await meta('description')) ?? '';
      expect(description.length).toBeGreaterThanOrEqual(50);
      expect(description.length).toBeLessThanOrEqual(160);
      expect(await meta('robots')).toBe('max-image-preview:large');
      for (const key of [
        'og:title',
        'og:description',
        'og:site_name',
        'og:image:alt',
        'twitter:image:alt',
      ]) {
        expect(await meta(key), key).toBeTruthy();
      }
      expect(await meta('og:locale')).toBe('en_US');
      expect(await meta('twitter:card')).toBe('summary_large_image');

      const image = (await meta('og:image')) ?? '';
      expect(image.startsWith(`${ORIGIN}/og/`)).toBe(true);
      const size = pngSize(new URL(image).pathname);
      expect({ width: size.width, height: size.height }).toEqual({
        width: Number(await meta('og:image:width')),
        height: Number(await meta('og:image:height')),
      });
      expect(size).toMatchObject({ width: 1200, height: 630 });
      expect(size.bytes).toBeLessThan(150 * 1024);
      expect(await meta('og:image:type')).toBe('image/png');

      const isArticle = /^\/articles\/[a-z0-9-]+\/$/.test(path);
      expect(await meta('og:type')).toBe(isArticle ? 'article' : 'website');

      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const data = blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
      const types = data.map((block) => block['@type']);
      if (isArticle) {
        expect(await meta('article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(await meta('article:modified_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(await meta('article:section')).toBeTruthy();
        const posting = data.find((block) => block['@type'] === 'BlogPosting') as Record<
          string,
          unknown
        >;
        expect(String(posting.headline).length).toBeLessThanOrEqual(110);
        // One image in structured data: the page's own card, no extra aspect ratios.
        expect(posting.image).toEqual([image]);
        expect((posting.author as Record<string, string>).url).toBe(
          `${ORIGIN}/authors/editorial-team/`,
        );
        expect((posting.citation as unknown[]).length).toBeGreaterThanOrEqual(3);
        expect(types).toContain('BreadcrumbList');
      }
      if (path === '/') expect(types).toEqual(expect.arrayContaining(['WebSite', 'Organization']));
      if (/^\/exercises\/[a-z0-9-]+\/$/.test(path))
        expect(types).toEqual(['HowTo', 'BreadcrumbList']);
      if (/^\/programs\/[a-z0-9-]+\/$/.test(path))
        expect(types).toEqual(['ExercisePlan', 'BreadcrumbList']);
      if (path.startsWith('/authors/')) expect(types).toContain('ProfilePage');
    });
  }
});

test('the 404 page is kept out of search results and the sitemap', async ({ page }) => {
  await page.goto('/no-such-page/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
  expect(sitemapPaths().some((path) => path.includes('404'))).toBe(false);
});

test('robots.txt names the absolute sitemap, and the sitemap carries real dates', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${ORIGIN}/sitemap-index.xml`);
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  // The article's own updatedDate, not the build time.
  const updated = /^updatedDate: (\d{4}-\d{2}-\d{2})$/m.exec(
    readFileSync('content/articles/deadlift-for-runners.mdx', 'utf8'),
  )?.[1];
  expect(updated).toBeDefined();
  expect(sitemap).toContain(
    `<loc>${ORIGIN}/articles/deadlift-for-runners/</loc><lastmod>${updated}T00:00:00.000Z</lastmod>`,
  );
});

test('the sitemap lists exactly the built pages that search engines may index', () => {
  const builtPages = (readdirSync('dist', { recursive: true }) as string[])
    .filter((file) => file.endsWith('index.html'))
    // noindex pages stay out: the 404 page, search, and the fallback pages at renamed URLs.
    .filter(
      (file) => !/<meta name="robots" content="noindex/.test(readFileSync(`dist/${file}`, 'utf8')),
    )
    .map((file) => `/${file.replace(/index\.html$/, '')}`.replace(/\/+/g, '/'))
    .sort();
  expect(sitemapPaths()).toEqual(builtPages);
});

test('the default social card does not repeat the tagline it prints at its foot', async ({
  page,
}) => {
  await page.goto('/');
  const alt = await page.locator('meta[property="og:image:alt"]').getAttribute('content');
  expect(alt).toBe('Why runners should lift, and how to do it (Strong Miles)');
  expect(alt).not.toContain('Strength training for runners, backed by evidence');
});
