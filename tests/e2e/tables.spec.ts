import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site-pages';

/** Every article and program page: the pages with tables. */
const TABLE_PAGES = sitemapPaths().filter((path) => /^\/(articles|programs)\/[^/]+\/$/.test(path));

/** An article with a four-column comparison table ("Pattern", "Beginner", ...). */
const COMPARISON_ARTICLE = '/articles/compound-exercises-for-runners/';
const PROGRAM = '/programs/beginner-strength-plan-8-weeks/';

/**
 * Elements inside a table that reach past the table's container (its text column), and whether
 * the page itself scrolls sideways.
 */
async function overflowOf(page: Page) {
  return page.evaluate(() => {
    const tooWide: string[] = [];
    // A header row kept for screen readers only is clipped to nothing, whatever its boxes' size.
    const clipped = (element: Element | null, table: Element): boolean =>
      element !== null &&
      (getComputedStyle(element).clipPath !== 'none' ||
        (element !== table && clipped(element.parentElement, table)));
    for (const table of document.querySelectorAll('main table')) {
      const column = table.parentElement!.getBoundingClientRect();
      for (const element of [table, ...table.querySelectorAll('*')]) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || clipped(element, table)) continue;
        if (box.left < column.left - 0.5 || box.right > column.right + 0.5)
          tooWide.push(`<${element.tagName.toLowerCase()}> "${element.textContent?.slice(0, 40)}"`);
      }
    }
    const root = document.documentElement;
    return { tooWide, pageScrollsSideways: root.scrollWidth > root.clientWidth };
  });
}

test.describe('tables on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'the 390 px layout');

  test('every table on every article and program page fits its text column', async ({ page }) => {
    expect(TABLE_PAGES.length).toBeGreaterThan(20);
    let tables = 0;
    for (const path of TABLE_PAGES) {
      await page.goto(path);
      tables += await page.locator('main table').count();
      expect(await overflowOf(page), path).toEqual({ tooWide: [], pageScrollsSideways: false });
    }
    expect(tables).toBeGreaterThan(20);
  });

  test('a comparison table is a stack of cards, each value labelled by its column header', async ({
    page,
  }) => {
    await page.goto(COMPARISON_ARTICLE);
    const table = page.locator('.prose table').first();
    await expect(table).toHaveCSS('display', 'block');
    await expect(table.locator('thead')).toHaveCSS('position', 'absolute');
    const cell = table.locator('tbody tr').first().locator('td').nth(1);
    await expect(cell).toHaveAttribute('data-label', 'Beginner');
    const label = await cell.evaluate((element) => getComputedStyle(element, '::before').content);
    expect(label).toBe('"Beginner: "');
    // The roles keep it a table for screen readers, whatever the CSS display.
    await expect(page.getByRole('table').first()).toBeAttached();
    await expect(
      page.getByRole('table').first().getByRole('columnheader', { name: 'Advanced' }),
    ).toBeAttached();
    await expect(
      page.getByRole('table').first().getByRole('cell', { name: 'Back squat' }),
    ).toBeAttached();
  });

  test('a sample week is a Monday-to-Sunday list', async ({ page }) => {
    await page.goto(PROGRAM);
    const week = page.locator('.sample-week').first();
    const days = week.locator('tbody tr');
    await expect(days).toHaveCount(7);
    await expect(days.first()).toHaveCSS('display', 'grid');
    await expect(days.first().locator('th')).toHaveText('Monday');
    await expect(days.last().locator('th')).toHaveText('Sunday');
    const tops = await days.evaluateAll((rows) =>
      rows.map((row) => row.getBoundingClientRect().top),
    );
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    await expect(week.locator('thead')).toHaveCSS('position', 'absolute');
  });
});

test.describe('tables on a desktop', () => {
  test.skip(({ isMobile }) => isMobile, 'the 1280 px layout');

  test('comparison tables, sample weeks and sessions are still tables', async ({ page }) => {
    await page.goto(COMPARISON_ARTICLE);
    const table = page.locator('.prose table').first();
    await expect(table).toHaveCSS('display', 'table');
    await expect(table.locator('thead')).toHaveCSS('display', 'table-header-group');
    await expect(table.locator('thead th').first()).toBeVisible();
    const cell = table.locator('tbody td').nth(1);
    expect(await cell.evaluate((element) => getComputedStyle(element, '::before').content)).toBe(
      'none',
    );
    const firstRow = await table.locator('tbody tr').first().boundingBox();
    const cells = await table.locator('tbody tr').first().locator('td').all();
    for (const rowCell of cells)
      expect((await rowCell.boundingBox())!.y).toBeCloseTo(firstRow!.y, 0);

    await page.goto(PROGRAM);
    await expect(page.locator('.sample-week').first()).toHaveCSS('display', 'table');
    await expect(page.locator('.plan-table').first()).toHaveCSS('display', 'table');
  });
});

test('print keeps tables on a phone-sized page', async ({ page }) => {
  await page.goto(COMPARISON_ARTICLE);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.prose table').first()).toHaveCSS('display', 'table');
});
