import { expect, test, type Locator } from '@playwright/test';

/**
 * Evidence grades are one set of five badges everywhere: each grade has its own colour and its
 * own mark (so colour is never the only sign), in the key takeaways, in grade-column tables and
 * in the About page's legend, and each badge outside the legend links to how we grade evidence.
 */

const GRADES = [
  'Well supported',
  'Supported, limited',
  'Mixed',
  'Weak',
  'Coaching practice',
] as const;
const ARTICLE_WITH_GRADE_TABLE = '/articles/strength-training-for-runners/';

/** The badge's colour and the mark drawn before its label. */
const look = (badge: Locator) =>
  badge.evaluate((element) => ({
    color: getComputedStyle(element).color,
    mark: getComputedStyle(element, '::before').content,
  }));

test('the About legend shows the five grades as badges, each with its own colour and mark', async ({
  page,
}) => {
  await page.goto('/about/');
  const legend = page.locator('#methodology ~ ul').first().locator('.evidence');
  await expect(legend).toHaveText([...GRADES]);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const looks = await Promise.all((await legend.all()).map(look));
    expect(new Set(looks.map(({ color }) => color)).size).toBe(GRADES.length);
    expect(new Set(looks.map(({ mark }) => mark)).size).toBe(GRADES.length);
    for (const { mark } of looks) expect(mark).toMatch(/[●○◆]/);
  }
});

test('takeaways and the grade column use the same badges, linked to how we grade evidence', async ({
  page,
}) => {
  await page.goto(ARTICLE_WITH_GRADE_TABLE);
  const takeaways = page.getByRole('complementary', { name: 'Key takeaways' }).locator('.evidence');
  const table = page.locator('.prose table').first();
  const tableBadges = table.locator('td .evidence');
  await expect(takeaways.first()).toBeVisible();
  expect(await tableBadges.count()).toBeGreaterThanOrEqual(await table.locator('tbody tr').count());
  for (const badge of [...(await takeaways.all()), ...(await tableBadges.all())]) {
    await expect(badge).toHaveAttribute('href', '/about/#methodology');
    await expect(badge).toHaveAccessibleName(
      new RegExp(`^\\(Evidence: (${GRADES.join('|')})\\s*\\)$`),
    );
  }
  // The same grade looks the same wherever it appears.
  const wellSupported = page.locator('.evidence-well-supported');
  const looks = await Promise.all((await wellSupported.all()).map(look));
  expect(looks.length).toBeGreaterThan(1);
  expect(new Set(looks.map((item) => JSON.stringify(item))).size).toBe(1);

  await takeaways.first().click();
  await expect(page).toHaveURL(/\/about\/#methodology$/);
});
