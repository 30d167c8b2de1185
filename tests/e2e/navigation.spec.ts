import { expect, test } from '@playwright/test';

test.describe('home to article', () => {
  test('the home page lists articles and one opens with matching title and heading', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/^Strong Miles: /);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

    const latest = page.getByRole('region', { name: 'Latest articles' });
    const firstLink = latest.getByRole('link').first();
    const linkText = (await firstLink.innerText()).trim();
    expect(linkText.length).toBeGreaterThan(10);

    await firstLink.click();
    await expect(page).toHaveURL(/\/articles\/[a-z0-9-]+\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(linkText);
    await expect(page).toHaveTitle(`${linkText} | Strong Miles`);
  });

  test('an article page has its landmarks, takeaways and a numbered reference list', async ({
    page,
  }) => {
    await page.goto('/articles/');
    await page.getByRole('main').getByRole('link').first().click();

    await expect(page.getByRole('banner')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('main')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Key takeaways' })).toBeVisible();

    const references = page.getByRole('region', { name: 'References' });
    await expect(references.getByRole('listitem').first()).toContainText('doi');

    // The first citation mark opens the first reference's card, whose link leads to the
    // reference in the list, which links back to the mark.
    const firstMark = page.locator('sup.citation button').first();
    await expect(firstMark).toHaveText('1');
    await expect(firstMark).toHaveAccessibleName(/^Reference 1: .+ \d{4}$/);
    await firstMark.click();
    const link = page.locator('[popover]:popover-open').getByRole('link', {
      name: 'See all references',
    });
    const target = await link.getAttribute('href');
    expect(target).toMatch(/^#ref-/);
    await link.click();
    await expect(page.locator(target ?? '')).toBeInViewport();
    await page.keyboard.press('Escape');
    await page.locator(`${target} a[href^="#cite-"]`).first().click();
    await expect(firstMark).toBeInViewport();
  });

  test('the main navigation marks the current section', async ({ page }) => {
    await page.goto('/about/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'About' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Articles' })).not.toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page).toHaveTitle('About and methodology | Strong Miles');
  });

  test('the main menu reaches every section, and the footer does too', async ({ page }) => {
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link')).toHaveText([
      'Articles',
      'Topics',
      'Exercises',
      'Programs',
      'About',
    ]);
    // One row, even on a 390 px phone: a second row would push the page down on every visit.
    const tops = await nav
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    await nav.getByRole('link', { name: 'Topics' }).click();
    await expect(page).toHaveURL('/topics/');
    await expect(nav.getByRole('link', { name: 'Topics' })).toHaveAttribute('aria-current', 'page');

    const footer = page.getByRole('contentinfo');
    for (const [name, url] of [
      ['Exercises', '/exercises/'],
      ['Programs', '/programs/'],
      ['Topics', '/topics/'],
    ] as const)
      await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', url);
  });

  test('the skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });
});

test.describe('not found', () => {
  test('an unknown URL answers 404 with the designed page', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wrong turn on the trail.');
    await expect(page.getByRole('main').getByRole('link', { name: 'Home' })).toHaveAttribute(
      'href',
      '/',
    );
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });
});
