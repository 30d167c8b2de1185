import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test, type Page } from '@playwright/test';
import { smartPunctuation } from '../../src/lib/smart-punctuation';
import { typeset } from '../../src/lib/typography';
import { published, readContent, type DatedData } from './content-files';
import { sitemapPaths } from './site-pages';

/**
 * Corrections in the open: a "Report an error" email link on every article and plan, the change
 * history on the page, and the site-wide log at /changes/ with its Atom feed. The expected log
 * is read from the content files here, independently of the site's code.
 */

const pages = [
  ...published(readContent<DatedData>('articles', ['.md', '.mdx'])).map((entry) => ({
    ...entry,
    path: `/articles/${entry.id}/`,
  })),
  ...published(readContent<DatedData>('programs', '.mdx')).map((entry) => ({
    ...entry,
    path: `/programs/${entry.id}/`,
  })),
];
const expectedLog = pages
  .flatMap((entry) =>
    (entry.data.changes ?? []).map((change) => ({
      ...change,
      date: String(change.date),
      title: smartPunctuation(entry.data.title),
      path: entry.path,
    })),
  )
  // Newest first; on the same day by page title, each page's changes in their written order.
  .sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title, 'en'));

/** Subject and body of a mailto link, decoded. */
function mailto(href: string): { to: string; subject: string; body: string } {
  const url = new URL(href);
  expect(url.protocol).toBe('mailto:');
  const params = new Map(
    url.search
      .slice(1)
      .split('&')
      .map((pair) => pair.split('=').map(decodeURIComponent) as [string, string]),
  );
  return { to: url.pathname, subject: params.get('subject') ?? '', body: params.get('body') ?? '' };
}

async function reportLinkOf(page: Page) {
  const link = page.getByRole('link', { name: 'Report an error', exact: true });
  await expect(link).toHaveCount(1);
  return mailto((await link.getAttribute('href')) ?? '');
}

for (const path of [
  '/articles/deadlift-for-runners/',
  '/programs/beginner-strength-plan-8-weeks/',
]) {
  test(`${path}: "Report an error" opens an email naming the page and carrying its URL`, async ({
    page,
  }) => {
    await page.goto(path);
    const title = (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    const { to, subject, body } = await reportLinkOf(page);
    expect(to).toBe('corrections@strongmiles.org');
    // The heading keeps "8-week" together with a non-breaking hyphen; the mail carries plain text.
    expect(subject).toBe(`Error on "${title.replaceAll('\u2011', '-')}"`);
    expect(body).toContain(`Page: ${canonical}`);
    expect(canonical).toMatch(new RegExp(`${path}$`));
  });
}

test('every article and plan carries its own report link', async ({ request, isMobile }) => {
  test.skip(isMobile, 'The markup does not depend on the screen.');
  const paths = sitemapPaths().filter((path) => /^\/(articles|programs)\/[a-z0-9-]+\/$/.test(path));
  expect(paths.length).toBe(pages.length);
  for (const path of paths) {
    const html = await (await request.get(path)).text();
    const href = /<a [^>]*href="(mailto:corrections@[^"]+)"[^>]*>\s*Report an error/.exec(
      html,
    )?.[1];
    expect(href, path).toBeDefined();
    expect(mailto(href!.replaceAll('&amp;', '&')).body).toMatch(
      new RegExp(`^Page: https?://[^/]+${path}\\r\\n`),
    );
  }
});

test('/changes/ lists every change in the content, newest first, each linking to its page', async ({
  page,
}) => {
  await page.goto('/');
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: 'Corrections and changes' })
    .click();
  await expect(page).toHaveURL('/changes/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections and changes');
  const items = page.getByRole('main').getByRole('listitem');
  await expect(items).toHaveCount(expectedLog.length);
  if (expectedLog.length === 0) {
    await expect(page.getByText('No changes yet')).toBeVisible();
  }
  for (const [index, change] of expectedLog.entries()) {
    const item = items.nth(index);
    await expect(item.locator('time')).toHaveAttribute('datetime', change.date);
    // Summaries are typeset like all text a reader sees: number ranges get an en dash.
    await expect(item).toContainText(typeset(change.summary));
    await expect(item.getByRole('link', { name: change.title })).toHaveAttribute(
      'href',
      `${change.path}#changes`,
    );
  }
  await expect(
    page.locator('link[rel="alternate"][type="application/atom+xml"][href$="/changes/atom.xml"]'),
  ).toHaveCount(1);
});

test('the About page explains corrections and links to the log', async ({ page }) => {
  await page.goto('/about/#corrections');
  await expect(page.getByRole('heading', { name: 'Corrections', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: 'corrections and changes page' }).click();
  await expect(page).toHaveURL('/changes/');
});

test('the changes feed is valid Atom with one entry per change, newest first', async ({
  request,
  isMobile,
}) => {
  test.skip(isMobile, 'Feeds do not depend on the screen.');
  const response = await request.get('/changes/atom.xml');
  expect(response.status()).toBe(200);
  const feed = parseFeed(await response.text());
  expect(feed.meta.type).toBe('atom');
  expect(feed.title).toBe('Strong Miles: corrections and changes');
  expect(feed.url).toMatch(/^https:\/\/[^/]+\/changes\/$/);
  expect(feed.items).toHaveLength(expectedLog.length);
  feed.items.forEach((item, index) => {
    const change = expectedLog[index]!;
    expect(item.url).toMatch(new RegExp(`${change.path}#changes$`));
    expect(item.description).toBe(typeset(change.summary));
    expect(item.updated?.toISOString().slice(0, 10)).toBe(change.date);
  });
  expect(new Set(feed.items.map((item) => item.id)).size).toBe(feed.items.length);
});
