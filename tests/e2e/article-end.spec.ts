import { expect, test } from '@playwright/test';

/** Part of the "How to lift" series, with a program, more than five references and backlinks. */
const ARTICLE = '/articles/compound-exercises-for-runners/';
/** Linked from many articles, so "Referenced in" is cut short. */
const MUCH_CITED = '/articles/deadlift-for-runners/';

const topOf = async (locator: import('@playwright/test').Locator) =>
  (await locator.boundingBox())!.y;

test('right after the text come the next part of the series and the program, then references', async ({
  page,
}) => {
  await page.goto(ARTICLE);
  const series = page.getByRole('navigation', { name: /^Series: / });
  const nextSteps = page.getByRole('region', { name: 'Put it into practice' });
  await expect(series.getByRole('link', { name: /^Next/ })).toBeVisible();
  await expect(
    nextSteps.getByRole('link', { name: '8-week beginner strength plan for runners' }),
  ).toHaveAttribute('href', '/programs/beginner-strength-plan-8-weeks/');
  const lastParagraph = page.locator('.prose > p').last();
  const references = page.getByRole('heading', { name: 'References', level: 2 });
  const order = [
    await topOf(lastParagraph),
    await topOf(series),
    await topOf(nextSteps),
    await topOf(references),
  ];
  expect(order).toEqual([...order].sort((a, b) => a - b));
});

test.describe('references', () => {
  test('a phone shows the first five and folds the rest into a disclosure', async ({
    page,
    isMobile,
  }) => {
    test.skip(!isMobile, 'phones only');
    await page.goto(ARTICLE);
    const region = page.getByRole('region', { name: 'References' });
    const items = region.locator('li[id^="ref-"]');
    const total = await items.count();
    expect(total).toBeGreaterThan(5);
    const visible = async () =>
      (await items.evaluateAll((all) => all.map((item) => item.checkVisibility()))).filter(Boolean)
        .length;
    expect(await visible()).toBe(5);
    const summary = region.getByText(`Show ${total - 5} more references`);
    await summary.click();
    expect(await visible()).toBe(total);
  });

  test('a citation of a folded reference opens it', async ({ page, isMobile }) => {
    test.skip(!isMobile, 'phones only');
    await page.goto(ARTICLE);
    const folded = page.locator('.ref-more li').first();
    const key = (await folded.getAttribute('id'))!.replace(/^ref-/, '');
    await page.locator(`sup.citation button[popovertarget="card-${key}"]`).first().click();
    await page.locator(`#card-${key}`).getByRole('link', { name: 'See all references' }).click();
    await expect(folded).toBeInViewport();
  });

  test('wide screens and print show every reference, without the disclosure', async ({
    page,
    isMobile,
  }) => {
    await page.goto(ARTICLE);
    if (isMobile) await page.emulateMedia({ media: 'print' });
    const region = page.getByRole('region', { name: 'References' });
    await expect(region.locator('summary')).toBeHidden();
    await expect(region.locator('li[id^="ref-"]').last()).toBeVisible();
  });

  test('each reference links back to the text', async ({ page }) => {
    await page.goto(ARTICLE);
    await expect(
      page.locator('.ref-list li').first().getByRole('link', { name: 'Back to the text' }),
    ).toHaveAttribute('href', /^#cite-/);
  });
});

test('citation marks are at least 24 by 24 px to tap', async ({ page }) => {
  await page.goto(ARTICLE);
  const marks = page.locator('sup.citation button');
  expect(await marks.count()).toBeGreaterThan(5);
  for (const mark of await marks.all()) {
    const box = (await mark.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
});

test.describe('reference cards', () => {
  /** The third citation of the article: Støren and colleagues, 2008. */
  const mark = (page: import('@playwright/test').Page) =>
    page.getByRole('button', { name: 'Reference 3: Støren 2008' });

  test('tapping a mark shows its reference in place, inside the screen', async ({ page }) => {
    await page.goto(ARTICLE);
    await mark(page).click();
    const card = page.locator('#card-storen-2008');
    await expect(card).toBeVisible();
    await expect(card).toBeInViewport({ ratio: 1 });
    await expect(card).toContainText('Maximal strength training improves running economy');
    await expect(card.getByRole('link', { name: /^doi:/ })).toHaveAttribute(
      'href',
      'https://doi.org/10.1249/MSS.0b013e318168da2f',
    );
    // One card per reference, however often it is cited.
    const references = await page.locator('.ref-list li[id^="ref-"]').count();
    await expect(page.locator('.ref-cards > [popover]')).toHaveCount(references);
  });

  test('a phone shows the card as a sheet along the bottom of the screen', async ({
    page,
    isMobile,
  }) => {
    test.skip(!isMobile, 'phones only');
    await page.goto(ARTICLE);
    await mark(page).tap();
    const box = (await page.locator('#card-storen-2008').boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.x).toBe(0);
    expect(box.width).toBe(viewport.width);
    expect(Math.round(box.y + box.height)).toBe(viewport.height);
  });

  test('Escape closes the card and a tap outside does too', async ({ page }) => {
    await page.goto(ARTICLE);
    const card = page.locator('#card-storen-2008');
    await mark(page).click();
    await expect(card).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await mark(page).click();
    await page.getByRole('heading', { level: 1 }).click();
    await expect(card).toBeHidden();
  });

  test('the keyboard opens a card, reaches its links next, and closes it', async ({ page }) => {
    await page.goto(ARTICLE);
    const button = mark(page);
    await button.focus();
    await page.keyboard.press('Enter');
    const card = page.locator('#card-storen-2008');
    await expect(card).toBeVisible();
    // The popover comes next in the focus order, right after its button.
    await page.keyboard.press('Tab');
    await expect(card.getByRole('link', { name: /^doi:/ })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(card).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press('Space');
    await expect(card).toBeVisible();
  });

  test("the card's link goes to the reference's entry in the list", async ({ page }) => {
    await page.goto(ARTICLE);
    await mark(page).click();
    await page
      .locator('#card-storen-2008')
      .getByRole('link', { name: 'See all references' })
      .click();
    await expect(page).toHaveURL(/#ref-storen-2008$/);
    await expect(page.locator('#ref-storen-2008')).toBeInViewport();
  });

  test('print shows the numbers and no card', async ({ page }) => {
    await page.goto(ARTICLE);
    await mark(page).click();
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#card-storen-2008')).toBeHidden();
    await expect(mark(page)).toHaveText('3');
    await expect(mark(page)).toBeVisible();
  });
});

test('"Referenced in" lists five articles, then links to the rest', async ({ page }) => {
  await page.goto(MUCH_CITED);
  const referencedIn = page.getByRole('region', { name: 'Referenced in' });
  await expect(referencedIn.getByRole('listitem')).toHaveCount(5);
  const rest = referencedIn.getByRole('link', { name: /^\d+ more articles link here/ });
  await expect(rest).toHaveAttribute('href', '/articles/');
});

test('a long page ends with a link back to the top that needs no script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(ARTICLE);
  const backToTop = page.getByRole('link', { name: 'Back to top' });
  await backToTop.scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(2000);
  await backToTop.click();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
  await context.close();
});
