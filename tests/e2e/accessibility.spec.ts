import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site-pages';

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Pages left out of the sitemap on purpose, plus search with results drawn by its script. */
const SEARCH_WITH_RESULTS = '/search/?q=hamstring';
const paths = [...sitemapPaths(), '/no-such-page/', '/search/', SEARCH_WITH_RESULTS];
/** In the sitemap; named here because its plan is drawn by script after load. */
const PLAN = '/plan/';

/** Heading levels in document order, from h1 to h6. */
function headingLevels(): number[] {
  return [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) =>
    Number(heading.tagName.slice(1)),
  );
}

test.describe('every page: no axe WCAG 2.2 AA violation in light or dark, headings in order, no sideways scrolling', () => {
  // Two axe runs on a program page (about 150 table rows) took over 30 s on a shared two-core
  // machine under load; the default timeout then failed a page with no violation.
  test.describe.configure({ timeout: 90_000 });
  for (const path of paths) {
    test(path, async ({ page }) => {
      // axe checks every page twice (light and dark). Long pages (articles, and program pages
      // with every week's tables) took 25-37 s on a shared two-core machine under load, past the
      // default 30 s, so each page gets the slow-test allowance (90 s); the check is for
      // accessibility, and speed has its own budget in `npm run bench`.
      test.slow();
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        if (path === SEARCH_WITH_RESULTS) {
          await expect(page.getByRole('status')).toContainText('match');
        }
        // The plan page draws its plan with script: check the page as the reader sees it.
        if (path === PLAN) {
          await expect(page.getByRole('heading', { name: 'Week 1', exact: true })).toBeVisible();
        }
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map(
          (violation) =>
            `${colorScheme}: ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
        expect(summary).toEqual([]);
      }

      // One h1, and headings that never skip a level going down (h2 then h4 hides a level).
      const levels = await page.evaluate(headingLevels);
      expect(levels.filter((level) => level === 1)).toHaveLength(1);
      expect(levels[0]).toBe(1);
      levels.forEach((level, index) => {
        const previous = levels[index - 1] ?? 0;
        expect(level, `heading ${index} (h${level}) follows h${previous}`).toBeLessThanOrEqual(
          previous + 1,
        );
      });

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
