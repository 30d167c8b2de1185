import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site-pages';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const paths = [...sitemapPaths(), '/no-such-page/'];

test.describe('every page: no axe WCAG 2.2 AA violation in light or dark, no sideways scrolling', () => {
  for (const path of paths) {
    test(path, async ({ page }) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map(
          (violation) =>
            `${colorScheme}: ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
        expect(summary).toEqual([]);
      }

      // Nothing may push the page wider than the screen (long URLs, tables, code).
      const { scrollWidth, clientWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        clientWidth: document.documentElement.clientWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    });
  }
});

test('the sitemap lists the home, about and article pages', () => {
  expect(paths).toEqual(expect.arrayContaining(['/', '/about/', '/articles/']));
  expect(paths.some((path) => /^\/articles\/[a-z0-9-]+\/$/.test(path))).toBe(true);
});
