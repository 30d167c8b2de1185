import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site-pages';

/** Every page of the built sitemap: any of them may hold a table. */
const PAGES = sitemapPaths();

/** An article with a four-column comparison table ("Pattern", "Beginner", ...). */
const COMPARISON_ARTICLE = '/articles/compound-exercises-for-runners/';
const PROGRAM = '/programs/beginner-strength-plan-8-weeks/';

/**
 * Elements inside a table, and `.overflow` wrappers (a box that scrolls a wide child), that reach
 * past their container (the table's or wrapper's parent, such as the text column), and whether
 * the page itself scrolls sideways.
 */
async function overflowOf(page: Page) {
  return page.evaluate(() => {
    const tooWide: string[] = [];
    const outside = (box: DOMRect, column: DOMRect) =>
      box.left < column.left - 0.5 || box.right > column.right + 0.5;
    // A header row kept for screen readers only is clipped to nothing, whatever its boxes' size.
    const clipped = (element: Element | null, table: Element): boolean =>
      element !== null &&
      (getComputedStyle(element).clipPath !== 'none' ||
        (element !== table && clipped(element.parentElement, table)));
    for (const table of document.querySelectorAll('table')) {
      const column = table.parentElement!.getBoundingClientRect();
      for (const element of [table, ...table.querySelectorAll('*')]) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 || clipped(element, table)) continue;
        if (outside(box, column))
          tooWide.push(`<${element.tagName.toLowerCase()}> "${element.textContent?.slice(0, 40)}"`);
      }
    }
    for (const wrapper of document.querySelectorAll('.overflow')) {
      if (outside(wrapper.getBoundingClientRect(), wrapper.parentElement!.getBoundingClientRect()))
        tooWide.push(`.overflow "${wrapper.textContent?.slice(0, 40)}"`);
    }
    const root = document.documentElement;
    return { tooWide, pageScrollsSideways: root.scrollWidth > root.clientWidth };
  });
}

test.describe('tables on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'the 390 px layout');

  // One test per theme: one browser context each, its page reused for every URL. Widths must not
  // depend on the theme (a border or outline in one theme only would show here).
  for (const theme of ['light', 'dark'] as const) {
    test(`no table on any sitemap page is wider than its container (${theme} theme)`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      expect(page.viewportSize()?.width).toBe(390);
      await page.emulateMedia({ colorScheme: theme });
      expect(PAGES.length).toBeGreaterThan(100);
      const problems: Record<string, Awaited<ReturnType<typeof overflowOf>>> = {};
      let tables = 0;
      for (const path of PAGES) {
        await page.goto(path);
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(
          theme === 'dark',
        );
        tables += await page.locator('table').count();
        const result = await overflowOf(page);
        if (result.tooWide.length > 0 || result.pageScrollsSideways) problems[path] = result;
      }
      expect(problems).toEqual({});
      expect(tables).toBeGreaterThan(60);
    });
  }

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

  test('the browser itself still exposes the stacked tables as tables, rows, headers and cells', async ({
    page,
  }) => {
    // Playwright's getByRole computes roles from the markup; this asks Chromium for its own
    // accessibility tree, which is what a screen reader gets once `display` has changed.
    const roleOf = async (selector: string) => {
      const cdp = await page.context().newCDPSession(page);
      const { root } = await cdp.send('DOM.getDocument');
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
        nodeId,
        fetchRelatives: false,
      });
      await cdp.detach();
      return nodes[0]?.role?.value;
    };
    const rolesOf = async (selectors: string[]) =>
      Promise.all(selectors.map(async (selector) => [selector, await roleOf(selector)]));

    await page.goto(COMPARISON_ARTICLE);
    await expect(page.locator('.prose tbody td').first()).toHaveCSS('display', 'block');
    expect(
      await rolesOf(['.prose table', '.prose tbody tr', '.prose thead th', '.prose tbody td']),
    ).toEqual([
      ['.prose table', 'table'],
      ['.prose tbody tr', 'row'],
      ['.prose thead th', 'columnheader'],
      ['.prose tbody td', 'cell'],
    ]);

    await page.goto(PROGRAM);
    await expect(page.locator('.sample-week tbody tr').first()).toHaveCSS('display', 'grid');
    for (const table of ['.sample-week', '.plan-table'])
      expect(
        await rolesOf([table, `${table} tbody tr`, `${table} tbody th`, `${table} tbody td`]),
      ).toEqual([
        [table, 'table'],
        [`${table} tbody tr`, 'row'],
        [`${table} tbody th`, 'rowheader'],
        [`${table} tbody td`, 'cell'],
      ]);
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
