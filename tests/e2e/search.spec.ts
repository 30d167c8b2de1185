import { expect, test, type Page } from '@playwright/test';

/**
 * Search covers the whole site, not only articles: each result says what kind of page it is,
 * and the kind filter narrows the results (and the URL) to the chosen kinds.
 */

const NORDIC = { href: '/exercises/nordic-hamstring-curl/', title: 'Nordic hamstring curl' };
const TIBIALIS = { href: '/exercises/tibialis-raise/', title: 'Tibialis raise' };
const BEGINNER_PLAN = {
  href: '/programs/beginner-strength-plan-8-weeks/',
  title: '8-week beginner strength plan for runners',
};

const results = (page: Page) => page.locator('site-search ol > li');

/** The result that links to `href`, once the search has answered. */
async function resultFor(page: Page, query: string, href: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.getByRole('status')).toContainText(/match/);
  return results(page).filter({ has: page.locator(`h2 a[href="${href}"]`) });
}

test.describe('search over every kind of page', () => {
  for (const [query, target, kind] of [
    ['nordic', NORDIC, 'Exercise'],
    ['tibialis', TIBIALIS, 'Exercise'],
    ['beginner plan', BEGINNER_PLAN, 'Program'],
  ] as const) {
    test(`"${query}" finds ${target.title}, labelled ${kind}`, async ({ page }) => {
      const result = await resultFor(page, query, target.href);
      await expect(result).toHaveCount(1);
      // Titles may carry non-breaking hyphens ("8‑week"), which read the same.
      await expect(result.getByRole('link')).toHaveText(
        new RegExp(`^${target.title.replace(/-/g, '[-‑]')}$`),
      );
      await expect(result.locator('.search-result-kind')).toHaveText(kind);
    });
  }

  test('topic pages are found too', async ({ page }) => {
    const result = await resultFor(page, 'recovery', '/topics/recovery/');
    await expect(result.locator('.search-result-kind')).toHaveText('Topic');
  });

  test('the kind filter narrows the results to that kind, and is kept in the URL', async ({
    page,
  }) => {
    await resultFor(page, 'nordic', NORDIC.href);
    const kinds = await results(page).locator('.search-result-kind').allInnerTexts();
    expect(new Set(kinds)).toContain('Article');
    expect(new Set(kinds)).toContain('Exercise');

    await page.getByRole('checkbox', { name: 'Exercise' }).check();
    await expect(page).toHaveURL(/\?q=nordic&kind=Exercise$/);
    await expect.poll(() => results(page).count()).toBeLessThan(kinds.length);
    const narrowed = await results(page).locator('.search-result-kind').allInnerTexts();
    expect(narrowed.length).toBeGreaterThan(0);
    expect(new Set(narrowed)).toEqual(new Set(['Exercise']));
    await expect(results(page).locator(`h2 a[href="${NORDIC.href}"]`)).toHaveCount(1);

    // The filter survives a reload: the state lives in the URL.
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Exercise' })).toBeChecked();
    await expect(page.getByRole('status')).toContainText(/match/);
    expect(new Set(await results(page).locator('.search-result-kind').allInnerTexts())).toEqual(
      new Set(['Exercise']),
    );
  });
});
