import { expect, test } from '@playwright/test';

test.describe('theme', () => {
  test('follows the system preference by default', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(20, 19, 15)');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('the toggle switches theme, is remembered, and applies before the first paint', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    // Record the theme at the moment <body> is first created, before anything is painted.
    await page.addInitScript(() => {
      new MutationObserver((_records, observer) => {
        if (document.body) {
          (window as unknown as { themeAtFirstBody?: string }).themeAtFirstBody =
            document.documentElement.dataset.theme ?? 'system';
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto('/about/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(20, 19, 15)',
    );

    await page.goto('/articles/');
    expect(
      await page.evaluate(
        () => (window as unknown as { themeAtFirstBody?: string }).themeAtFirstBody,
      ),
    ).toBe('dark');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    expect(
      await page.evaluate(
        () => (window as unknown as { themeAtFirstBody?: string }).themeAtFirstBody,
      ),
    ).toBe('light');
  });
});
