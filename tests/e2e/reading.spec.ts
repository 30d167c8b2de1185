import { expect, test, type Page } from '@playwright/test';

/** An article with sections and subsections, so the contents list nests. */
const ARTICLE = '/articles/deadlift-for-runners/';
const ARTICLE_TITLE = 'The deadlift for runners: technique, variations and how heavy';

/** True when the element's top and bottom are inside the viewport. */
async function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((target) => {
    const box = document.querySelector(target)?.getBoundingClientRect();
    return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
  }, selector);
}

test.describe('table of contents', () => {
  test('lists the sections and each link jumps to its heading', async ({ page, isMobile }) => {
    await page.goto(ARTICLE);
    // Phones: a closed disclosure above the text, opened by its summary without JavaScript.
    // Wide screens: the "On this page" navigation landmark in the side column.
    const toc = isMobile
      ? page.locator('details', { has: page.getByText('On this page', { exact: true }) })
      : page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toHaveCount(1);
    await expect(toc).toBeVisible();
    if (isMobile) {
      await expect(toc.getByRole('link').first()).toBeHidden();
      await toc.getByText('On this page').click();
    }
    const links = toc.getByRole('link');
    await expect(links.first()).toBeVisible();

    const sectionTexts = await page
      .locator('.prose h2')
      .evaluateAll((headings) => headings.map((heading) => heading.textContent?.trim()));
    const tocTexts = await toc.locator(':scope > ol > li > a').allInnerTexts();
    expect(tocTexts).toEqual(sectionTexts);
    expect(tocTexts.length).toBeGreaterThanOrEqual(3);

    const subsection = toc.getByRole('link', { name: 'Romanian deadlift', exact: true });
    await subsection.click();
    await expect(page).toHaveURL(/#romanian-deadlift$/);
    await expect.poll(() => isInViewport(page, '#romanian-deadlift')).toBe(true);
  });
});

test('every section heading has an anchor link that names the section', async ({ page }) => {
  await page.goto(ARTICLE);
  const headings = page.locator('.prose :is(h2, h3)');
  const count = await headings.count();
  expect(count).toBeGreaterThan(5);
  for (let index = 0; index < count; index++) {
    const heading = headings.nth(index);
    const id = await heading.getAttribute('id');
    const text = (await heading.innerText()).trim();
    const anchor = page.getByRole('link', { name: `Link to section: ${text}`, exact: true });
    await expect(anchor).toHaveAttribute('href', `#${id}`);
    // The heading's own name stays its text: the link sits beside it, not inside.
    await expect(page.getByRole('heading', { name: text, exact: true })).toHaveCount(1);
  }
});

test.describe('share links', () => {
  test('are plain links to each network carrying the canonical URL and title', async ({ page }) => {
    await page.goto(ARTICLE);
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(canonical).toMatch(/^https:\/\/.+\/articles\/deadlift-for-runners\/$/);
    const share = page.getByRole('region', { name: 'Share this article' });
    const expected: [string, RegExp][] = [
      ['Share on X', /^https:\/\/x\.com\/intent\/post\?/],
      ['Share on Facebook', /^https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?/],
      ['Share on LinkedIn', /^https:\/\/www\.linkedin\.com\/sharing\/share-offsite\/\?/],
      ['Share on WhatsApp', /^https:\/\/wa\.me\/\?/],
      ['Share on Reddit', /^https:\/\/www\.reddit\.com\/submit\?/],
      ['Share on Bluesky', /^https:\/\/bsky\.app\/intent\/compose\?/],
      ['Share by email', /^mailto:\?subject=/],
    ];
    for (const [name, pattern] of expected) {
      const href = (await share.getByRole('link', { name }).getAttribute('href')) ?? '';
      expect(href).toMatch(pattern);
      expect(decodeURIComponent(href.replaceAll('+', ' '))).toContain(canonical ?? '');
    }
    const xLink = new URL(
      (await share.getByRole('link', { name: 'Share on X' }).getAttribute('href')) ?? '',
    );
    expect(xLink.searchParams.get('text')).toBe(ARTICLE_TITLE);
    // No script or frame from any network is on the page.
    expect(await page.locator('script[src], iframe').count()).toBe(0);
  });

  test('"Copy link" copies the canonical URL and says so', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(ARTICLE);
    const share = page.getByRole('region', { name: 'Share this article' });
    await share.getByRole('button', { name: 'Copy link' }).click();
    await expect(share.getByRole('status')).toHaveText('Link copied');
    const canonical = await page.locator('link[rel=canonical]').getAttribute('href');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
  });

  test('the native share button appears only where the browser has a share sheet', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    const hasShareSheet = await page.evaluate(() => typeof navigator.share === 'function');
    const button = page.getByRole('button', { name: 'Share…' });
    await expect(button).toHaveCount(hasShareSheet ? 1 : 0);
  });

  test('without JavaScript, only the plain links show', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(ARTICLE);
    const share = page.getByRole('region', { name: 'Share this article' });
    await expect(share.getByRole('link')).toHaveCount(7);
    await expect(share.getByRole('button')).toHaveCount(0);
    await context.close();
  });
});

test.describe('search', () => {
  test('the header search entry opens the search page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search the site');
    await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', /noindex/);
  });

  test('a ?q= link finds the article, and the result opens it', async ({ page }) => {
    await page.goto('/search/?q=romanian+deadlift');
    await expect(page.getByRole('searchbox', { name: 'Words to search for' })).toHaveValue(
      'romanian deadlift',
    );
    await expect(page.getByRole('status')).toContainText(/\d+ pages? match/);
    const result = page.getByRole('main').getByRole('link', { name: ARTICLE_TITLE });
    await expect(result).toHaveAttribute('href', ARTICLE);
    await result.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(ARTICLE_TITLE);
  });

  test('typing searches, and a topic narrows the results and the URL', async ({ page }) => {
    await page.goto('/search/');
    const box = page.getByRole('searchbox', { name: 'Words to search for' });
    await box.fill('recovery');
    await expect(page.getByRole('status')).toContainText(/match/);
    const allCount = await page.locator('site-search ol > li').count();

    // The topics are folded under their summary until asked for.
    await expect(page.getByRole('checkbox', { name: 'Recovery' })).toBeHidden();
    await page.getByText('Articles by topic').click();
    await page.getByRole('checkbox', { name: 'Recovery' }).check();
    await expect(page).toHaveURL(/\?q=recovery&topic=Recovery$/);
    await expect.poll(() => page.locator('site-search ol > li').count()).toBeLessThan(allCount);
    const topicLines = await page.locator('.search-result-topics').allInnerTexts();
    expect(topicLines.length).toBeGreaterThan(0);
    for (const line of topicLines) expect(line.toLowerCase()).toContain('recovery');
  });

  test('a link that names a topic opens the folded topics with its box ticked', async ({
    page,
  }) => {
    await page.goto('/search/?q=recovery&topic=Recovery');
    await expect(page.getByRole('checkbox', { name: 'Recovery' })).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Recovery' })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Injury prevention' })).not.toBeChecked();
  });

  test('no search code loads on other pages, or before the reader uses search', async ({
    page,
  }) => {
    const searchRequests: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/pagefind/')) searchRequests.push(path);
    });
    await page.goto(ARTICLE, { waitUntil: 'networkidle' });
    await page.goto('/search/', { waitUntil: 'networkidle' });
    expect(searchRequests).toEqual([]);

    await page.getByRole('searchbox', { name: 'Words to search for' }).focus();
    await expect.poll(() => searchRequests).toContain('/pagefind/pagefind.js');
  });

  test('without JavaScript, the search page explains how else to find articles', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/?q=squat');
    await expect(page.getByText(/needs JavaScript/)).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Topics' })).toBeVisible();
    await context.close();
  });
});

/** Whether the focused element shows a ring, is on screen, and is not covered by anything. */
function focusState() {
  const element = document.activeElement as HTMLElement | SVGElement;
  const style = getComputedStyle(element);
  const box = element.getBoundingClientRect();
  const firstLine = element.getClientRects()[0] ?? box;
  const isOnTop = (x: number, y: number) => {
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === element || element.contains(hit));
  };
  // A link drawn in SVG is its shapes, not its box: a muscle on the library's body map is two
  // mirrored shapes with the body between them, so its box's centre is not part of it. There,
  // any point on a 5 x 5 grid over the box that the link is on top at counts.
  const grid = [0.1, 0.3, 0.5, 0.7, 0.9].flatMap((fx) =>
    [0.1, 0.3, 0.5, 0.7, 0.9].map((fy) => [box.left + fx * box.width, box.top + fy * box.height]),
  );
  return {
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    // 1 px of slack: boxes sit on fractional pixels.
    inViewport: box.top >= -1 && box.bottom <= window.innerHeight + 1,
    uncovered:
      element instanceof SVGElement
        ? grid.some(([x, y]) => isOnTop(x!, y!))
        : // A link that wraps onto two lines has a box whose centre can fall between them:
          // its first line's centre is where it is drawn.
          isOnTop(firstLine.left + firstLine.width / 2, firstLine.top + firstLine.height / 2),
  };
}

test.describe('keyboard', () => {
  test('the first Tab reaches a visible skip link that moves focus to the content', async ({
    page,
  }) => {
    await page.goto(ARTICLE);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
  });

  for (const path of [ARTICLE, '/', '/search/', '/exercises/', '/programs/']) {
    test(`every Tab stop on ${path} shows a focus ring that nothing covers`, async ({ page }) => {
      await page.goto(path);
      const seen = new Set<string>();
      for (let stop = 0; stop < 40; stop++) {
        await page.keyboard.press('Tab');
        const name = await page.evaluate(() => {
          const element = document.activeElement;
          return element && element !== document.body
            ? `${element.tagName} ${element.textContent?.trim().slice(0, 40) ?? ''}`
            : undefined;
        });
        if (!name || seen.has(name)) break; // wrapped around or left the page
        seen.add(name);
        // Polled: the page may still be scrolling (smoothly) to the newly focused element.
        await expect
          .poll(() => page.evaluate(focusState), { message: name, timeout: 3000 })
          .toEqual({ outline: true, inViewport: true, uncovered: true });
      }
      expect(seen.size).toBeGreaterThan(5);
    });
  }
});

test('the footer leads to the methodology and the medical disclaimer', async ({ page }) => {
  for (const [name, fragment] of [
    ['How we use evidence', 'methodology'],
    ['Medical disclaimer', 'disclaimer'],
  ] as const) {
    await page.goto(ARTICLE);
    await page.getByRole('contentinfo').getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`/about/#${fragment}$`));
    await expect(page.locator(`#${fragment}`)).toBeInViewport();
  }
});

test.describe('dates', () => {
  test('an article shows each distinct date once: published, then updated when later', async ({
    page,
  }) => {
    // Published 21 November, updated and evidence checked on 4 December.
    await page.goto('/articles/strength-training-for-runners/');
    await expect(page.locator('main header dl dt')).toHaveText(['Published', 'Updated']);
    await expect(page.locator('main header dl time')).toHaveText([
      'November 21, 2026',
      'December 4, 2026',
    ]);
    await expect(page.locator('main header dl')).not.toContainText('Evidence last checked');
  });

  test('cards under "Newest first" show a date only where the day changes', async ({ page }) => {
    await page.goto('/articles/');
    const dates = await page.getByRole('main').locator('.card time').allInnerTexts();
    expect(dates.length).toBeGreaterThan(0);
    expect(new Set(dates).size).toBe(dates.length);
    const cards = page.getByRole('main').locator('.card');
    expect(await cards.count()).toBeGreaterThan(dates.length);
  });
});
