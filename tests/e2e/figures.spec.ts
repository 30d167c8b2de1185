import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site-pages';

/**
 * The drawn technique figures as a reader meets them: every exercise page shows each position
 * as a labelled drawing with its cue, the moving figure runs without script and stands still
 * for readers who ask for reduced motion, print keeps the positions, and articles that place a
 * figure show it.
 */

const exercisePages = sitemapPaths().filter((path) => /^\/exercises\/[a-z0-9-]+\/$/.test(path));

test.describe('exercise figures', () => {
  test('every exercise page shows at least two positions, each with a text alternative and its cue', async ({
    page,
  }) => {
    expect(exercisePages.length).toBeGreaterThanOrEqual(35);
    for (const path of exercisePages) {
      await page.goto(path);
      const stills = page.locator('[data-pose]');
      expect(await stills.count(), path).toBeGreaterThanOrEqual(2);
      for (const still of await stills.all()) {
        const image = still.getByRole('img');
        await expect(image, path).toHaveAccessibleName(/^[A-Z][^:]*: \w+.{20,}\.$/);
        await expect(still.locator('figcaption'), path).not.toBeEmpty();
        await expect(image.locator('svg'), path).toBeVisible();
      }
      // The moving figure is decorative: the stills already say what it shows.
      await expect(page.locator('.fig-anim'), path).toHaveAttribute('aria-hidden', 'true');
    }
  });

  test('the figure moves with CSS only, and stands still for reduced motion', async ({ page }) => {
    await page.goto('/exercises/goblet-squat/');
    const running = () =>
      page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
    expect(await running()).toBeGreaterThan(0);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.reload();
    expect(await running()).toBe(0);
    await expect(page.locator('.fig-anim svg')).toBeVisible();
  });

  test('print keeps the positions and leaves out the moving figure', async ({ page }) => {
    await page.goto('/exercises/barbell-deadlift/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.fig-anim')).toBeHidden();
    await expect(page.locator('[data-pose] svg')).toHaveCount(3);
    for (const svg of await page.locator('[data-pose] svg').all()) await expect(svg).toBeVisible();
  });

  test('the library lists a small drawing beside every exercise', async ({ page }) => {
    await page.goto('/exercises/');
    const items = page.locator('main li:has(a[href^="/exercises/"]) .fig-thumb svg');
    expect(await items.count()).toBeGreaterThanOrEqual(35);
  });
});

test('articles that place an exercise figure show its positions', async ({ page }) => {
  const articles = readdirSync('content/articles')
    .filter((name) => readFileSync(`content/articles/${name}`, 'utf8').includes('<ExerciseFigure'))
    .map((name) => `/articles/${name.replace(/\.mdx$/, '')}/`);
  for (const path of articles) {
    await page.goto(path);
    const stills = page.locator('article [data-pose]');
    expect(await stills.count(), path).toBeGreaterThanOrEqual(1);
    for (const still of await stills.all()) {
      await expect(still.getByRole('img'), path).toHaveAccessibleName(/\w.{20,}/);
    }
  }
});
