import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Locator } from '@playwright/test';
import { sitemapPaths } from './site-pages';

/**
 * The drawn technique figures as a reader meets them: every exercise page shows each position
 * as a labelled drawing with its cue, the moving figure runs without script and stands still
 * for readers who ask for reduced motion, print keeps the positions, and articles that place a
 * figure show it.
 */

const exercisePages = sitemapPaths().filter((path) => /^\/exercises\/[a-z0-9-]+\/$/.test(path));

test.describe('exercise figures', () => {
  test('there is a figure page for every exercise', () => {
    expect(exercisePages.length).toBeGreaterThanOrEqual(35);
  });

  for (const path of exercisePages) {
    test(`${path} shows at least two positions, each with a text alternative and its cue`, async ({
      page,
    }) => {
      await page.goto(path);
      const stills = page.locator('[data-pose]');
      expect(await stills.count()).toBeGreaterThanOrEqual(2);
      for (const still of await stills.all()) {
        const image = still.getByRole('img');
        await expect(image).toHaveAccessibleName(/^[A-Z][^:]*: \w+.{20,}\.$/);
        await expect(still.locator('figcaption')).not.toBeEmpty();
        await expect(image.locator('svg')).toBeVisible();
      }
      // The moving figure is decorative: the stills already say what it shows.
      await expect(page.locator('.fig-anim')).toHaveAttribute('aria-hidden', 'true');
    });
  }

  test('the figure moves with CSS only, and stands still for reduced motion', async ({ page }) => {
    await page.goto('/exercises/goblet-squat/');
    // The figure's own keyframe animations (the header's toggle has a transition of its own).
    const running = () =>
      page.evaluate(
        () =>
          document
            .getAnimations()
            .filter(
              (a) =>
                a instanceof CSSAnimation &&
                a.playState === 'running' &&
                a.effect instanceof KeyframeEffect &&
                a.effect.target?.closest('.fig-anim'),
            ).length,
      );
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
      const image = still.getByRole('img');
      await expect(image, path).toHaveAccessibleName(/\w.{20,}/);
      await image.scrollIntoViewIfNeeded();
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth), { message: path })
        .toBeGreaterThan(0);
    }
  }
});

/**
 * Which theme's colours an image is drawn in, from its pixels: the body is painted in the lane
 * colour of global.css (#1f4d5c light, #8cc7d6 dark).
 */
async function drawnIn(image: Locator): Promise<'light' | 'dark' | 'blank'> {
  const png = await image.screenshot();
  return image.page().evaluate(async (base64) => {
    const picture = new Image();
    picture.src = `data:image/png;base64,${base64}`;
    await picture.decode();
    const canvas = new OffscreenCanvas(picture.width, picture.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(picture, 0, 0);
    const { data } = context.getImageData(0, 0, picture.width, picture.height);
    const near = (i: number, [r, g, b]: number[]) =>
      Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) < 24;
    let light = 0;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (near(i, [0x1f, 0x4d, 0x5c])) light++;
      else if (near(i, [0x8c, 0xc7, 0xd6])) dark++;
    }
    if (light + dark < 50) return 'blank';
    return light > dark ? 'light' : 'dark';
  }, png.toString('base64'));
}

test('an article figure is drawn in the theme the reader sees, the toggle and print included', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith('/figures/')) fetched.push(pathname);
  });
  await page.goto('/articles/deadlift-for-runners/');
  const images = page.locator('article [data-pose]').getByRole('img');
  await expect(images).toHaveCount(2);
  const first = images.first();
  // Lazy: nothing is fetched until the figure comes near the screen.
  expect(fetched).toEqual([]);
  await first.scrollIntoViewIfNeeded();
  await expect
    .poll(() => first.evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBeGreaterThan(0);
  expect(await drawnIn(first)).toBe('light');

  // The header's toggle sets data-theme on <html>: the same file redraws itself in dark.
  const toggle = page.getByRole('button', { name: /dark theme/i });
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await drawnIn(first)).toBe('dark');

  // Paper is light, whatever the reader chose on screen.
  await page.emulateMedia({ media: 'print' });
  expect(await drawnIn(first)).toBe('light');
  await page.emulateMedia({ media: 'screen' });

  // A system in dark mode gets the dark drawing, unless the reader chose light.
  await page.evaluate(() => localStorage.removeItem('theme'));
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.reload();
  await first.scrollIntoViewIfNeeded();
  await expect.poll(() => drawnIn(first)).toBe('dark');
  await toggle.click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await drawnIn(first)).toBe('light');

  // One file per position, whatever the theme: no second copy is fetched.
  expect(new Set(fetched)).toEqual(
    new Set(['/figures/kettlebell-deadlift/setup.svg', '/figures/kettlebell-deadlift/top.svg']),
  );
});
