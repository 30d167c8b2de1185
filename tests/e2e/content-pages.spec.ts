import { expect, test } from '@playwright/test';

test.describe('articles, exercises and programs are cross-linked', () => {
  test('a series article links to the next part, which links back', async ({ page }) => {
    await page.goto('/articles/strength-training-prevent-running-injuries/');
    const series = page.getByRole('navigation', { name: 'Series: Why runners should lift' });
    await expect(series).toContainText('Part 1 of 11');
    await series.getByRole('link', { name: /^Next/ }).click();
    await expect(page).toHaveURL('/articles/strength-training-running-economy/');
    await expect(
      page.getByRole('navigation', { name: 'Series: Why runners should lift' }),
    ).toContainText('Part 2 of 11');
    await page
      .getByRole('navigation', { name: 'Series: Why runners should lift' })
      .getByRole('link', { name: /^Previous/ })
      .click();
    await expect(page).toHaveURL('/articles/strength-training-prevent-running-injuries/');
  });

  test('a cross-link written as a file path opens the target article at its heading', async ({
    page,
  }) => {
    await page.goto('/articles/compound-exercises-for-runners/');
    const link = page.locator('.prose a[href="/articles/deadlift-for-runners/#technique"]').first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL('/articles/deadlift-for-runners/#technique');
    await expect(page.getByRole('heading', { name: 'Technique', level: 2 })).toBeInViewport();
  });

  test('the deadlift guide lists the most related articles that link to it', async ({ page }) => {
    await page.goto('/articles/deadlift-for-runners/');
    const referencedIn = page.getByRole('region', { name: 'Referenced in' });
    await expect(
      referencedIn.getByRole('link', {
        name: 'Compound exercises for runners: squats, hinges, lunges and more',
      }),
    ).toBeVisible();
    // Five, then one link to the rest (tests/e2e/article-end.spec.ts).
    await expect(referencedIn.getByRole('listitem')).toHaveCount(5);
  });

  test('an exercise page shows its steps, muscle map with a text alternative, and variations', async ({
    page,
  }) => {
    await page.goto('/exercises/goblet-squat/');
    await expect(page).toHaveTitle('Goblet squat | Strong Miles');
    await expect(page.getByRole('heading', { name: 'How to do it' })).toBeVisible();
    await expect(
      page.getByRole('img', { name: /Mainly works the quadriceps and glutes/ }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Barbell back squat' }).first().click();
    await expect(page).toHaveURL('/exercises/back-squat/');
  });

  test('number ranges read with en dashes, from the front matter and from the notes', async ({
    page,
  }) => {
    await page.goto('/exercises/goblet-squat/');
    const main = page.getByRole('main');
    // The dose comes from front matter, "8 to 12" from the Markdown body of another page.
    await expect(main).toContainText('2–3 sets of 8–12');
    expect(await main.innerText()).not.toMatch(/(?<![\w./-])\d+-\d+(?![\w-])/);
    await page.goto('/articles/scheduling-strength-training-around-running/');
    await expect(page.getByRole('main')).toContainText('5–7 days before');
  });

  test('the exercise library groups exercises by muscle', async ({ page }) => {
    await page.goto('/exercises/');
    const glutes = page.getByRole('region', { name: 'Glutes' });
    await expect(glutes.getByRole('link', { name: 'Hip thrust' })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Browse exercises' })
      .getByRole('link', { name: /^Calves/ })
      .click();
    await expect(page).toHaveURL('/exercises/muscle/calves/');
    await expect(
      page.getByRole('heading', { name: 'Mainly work the calves', level: 2 }),
    ).toBeVisible();
  });

  test('the library filters by equipment and level with plain links', async ({ page }) => {
    await page.goto('/exercises/');
    const browse = page.getByRole('navigation', { name: 'Browse exercises' });
    await browse.getByRole('link', { name: /^Kettlebell/ }).click();
    await expect(page).toHaveURL('/exercises/equipment/kettlebell/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kettlebell exercises');
    await expect(page.getByRole('link', { name: 'Goblet squat' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Push-up' })).toHaveCount(0);
    await expect(
      page
        .getByRole('navigation', { name: 'Browse exercises' })
        .getByRole('link', { name: /^Kettlebell/ }),
    ).toHaveAttribute('aria-current', 'page');
    await page
      .getByRole('navigation', { name: 'Browse exercises' })
      .getByRole('link', { name: /^Advanced/ })
      .click();
    await expect(page).toHaveURL('/exercises/level/advanced/');
  });

  test('a program page shows every week with session tables linking to exercises', async ({
    page,
  }, testInfo) => {
    await page.goto('/programs/beginner-strength-plan-8-weeks/');
    for (const week of [1, 8])
      await expect(page.getByRole('heading', { name: `Week ${week}`, level: 3 })).toBeVisible();
    const firstTable = page
      .getByRole('table', {
        name: 'Session A: Squat, single-leg, calf, push, trunk · about 20 min',
      })
      .first();
    await expect(firstTable.getByRole('columnheader')).toHaveText([
      'Exercise',
      'Sets × reps',
      'Rest',
      'Notes',
    ]);
    // Paired lines start with their label (A1, A2...).
    const squat = firstTable.getByRole('row', { name: /^(?:[A-Z]\d )?Bodyweight squat/ });
    // Phones show each row as a card, so the rest value carries its own label there.
    const restText = testInfo.project.name === 'phone' ? 'rest 60 s' : '60 s';
    expect(await squat.getByRole('cell').nth(1).innerText()).toBe(restText);
    await expect(squat.getByRole('cell').first()).toHaveText('2 × 10');
    await firstTable.getByRole('link', { name: 'Bodyweight squat' }).click();
    await expect(page).toHaveURL('/exercises/bodyweight-squat/');
  });
});
