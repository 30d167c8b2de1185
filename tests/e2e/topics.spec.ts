import { expect, test } from '@playwright/test';

test.describe('topic pages', () => {
  test('a topic leads with its pillar article, larger, then the rest', async ({ page }) => {
    await page.goto('/topics/injury-prevention/');
    const lead = page.locator('[data-topic-lead]');
    // The rule (src/lib/topics.ts): filed under the topic first, earliest in its series.
    await expect(lead.getByRole('heading', { level: 2 })).toHaveText(
      'Does strength training prevent running injuries?',
    );
    const leadSize = await lead
      .getByRole('heading')
      .evaluate((heading) => parseFloat(getComputedStyle(heading).fontSize));
    const more = page.getByRole('region', { name: 'More on this topic' });
    const cardSize = await more
      .getByRole('heading', { level: 3 })
      .first()
      .evaluate((heading) => parseFloat(getComputedStyle(heading).fontSize));
    expect(leadSize).toBeGreaterThan(cardSize);
    // The lead is not listed a second time.
    const leadHref = await lead.getByRole('link').getAttribute('href');
    await expect(more.locator(`a[href="${leadHref}"]`)).toHaveCount(0);
  });

  test('a pillar named in the taxonomy leads its topic', async ({ page }) => {
    await page.goto('/topics/programming/');
    await expect(page.locator('[data-topic-lead]').getByRole('link')).toHaveAttribute(
      'href',
      '/articles/strength-training-program-for-runners/',
    );
  });

  test('a topic lists its exercises, each linked to its page', async ({ page }) => {
    await page.goto('/topics/injury-prevention/');
    const exercises = page.getByRole('region', { name: 'Exercises for this topic' });
    const links = exercises.getByRole('link');
    expect(await links.count()).toBeGreaterThan(2);
    expect(await links.count()).toBeLessThanOrEqual(8);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
      expect(href).toMatch(/^\/exercises\/[a-z0-9-]+\/$/);
    await links.first().click();
    await expect(page).toHaveURL(/\/exercises\/[a-z0-9-]+\/$/);
  });

  test('a topic without muscle groups lists the exercises its articles link to', async ({
    page,
  }) => {
    await page.goto('/topics/running-economy/');
    await expect(
      page.getByRole('region', { name: 'Exercises for this topic' }).getByRole('link').first(),
    ).toBeVisible();
  });
});
