import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';
import { site } from '../../src/site.config';

/** The three feeds parse with a real feed parser and carry full, absolute article HTML. */

const articleCount =
  readFileSync('dist/sitemap-0.xml', 'utf8').match(/<loc>[^<]+\/articles\/[a-z0-9-]+\/<\/loc>/g)
    ?.length ?? 0;
/** The feeds carry the newest articles up to the limit in site.config. */
const feedItemCount = Math.min(articleCount, site.feedArticleLimit);

test.describe('feeds', () => {
  for (const path of ['/rss.xml', '/atom.xml']) {
    test(`${path} lists the newest articles with full HTML, categories, author and dates`, async ({
      request,
    }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const feed = parseFeed(await response.text());
      expect(feed.title).toBe('Strong Miles');
      expect(feed.items).toHaveLength(feedItemCount);
      const published = feed.items.map((item) => item.published?.getTime() ?? 0);
      expect(published, 'newest first').toEqual(published.toSorted((a, b) => b - a));
      for (const item of feed.items) {
        expect(item.url).toMatch(/^https:\/\/[^/]+\/articles\/[a-z0-9-]+\/$/);
        expect(item.content ?? '').toContain('<h2');
        expect(item.content ?? '').toContain('References');
        expect(item.content ?? '').not.toMatch(/(href|src)="\/(?!\/)/);
        expect(item.content ?? '').not.toMatch(/<script/);
        expect(item.categories.length).toBeGreaterThan(0);
        expect(item.authors[0]?.name).toBe('Strong Miles editorial team');
        expect(item.published?.getTime()).toBeGreaterThan(0);
      }
    });
  }

  test('/feed.json is JSON Feed 1.1 with the newest articles in full', async ({ request }) => {
    const feed = (await (await request.get('/feed.json')).json()) as {
      version: string;
      items: {
        url: string;
        content_html: string;
        authors: { name: string }[];
        tags: string[];
        date_published: string;
      }[];
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items).toHaveLength(feedItemCount);
    for (const item of feed.items) {
      expect(item.content_html).toContain('References');
      expect(item.content_html).not.toMatch(/(href|src)="\/(?!\/)/);
      expect(item.authors[0]?.name).toBe('Strong Miles editorial team');
      expect(item.tags.length).toBeGreaterThan(0);
      expect(item.date_published).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    }
  });

  test('every page links the three feeds for autodiscovery', async ({ page }) => {
    await page.goto('/about/');
    const alternates = page.locator('link[rel="alternate"]');
    await expect(alternates).toHaveCount(3);
    expect(
      await alternates.evaluateAll((links) => links.map((link) => link.getAttribute('type'))),
    ).toEqual(['application/rss+xml', 'application/atom+xml', 'application/feed+json']);
  });
});
