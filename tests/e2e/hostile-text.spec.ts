import { expect, test } from '@playwright/test';

/**
 * Layout against hostile text: a 5,000-character word (a pasted URL, a hash, a keyboard left on
 * a key) in any text that comes from content, on real built pages with their own CSS, must wrap
 * inside the viewport instead of making the page wider (it made a phone page 79,000 px wide).
 * Tables included: they stack on phones and their cells wrap like any other text.
 */

const WORD = 'Supercalifragilistic'.repeat(250);
const PAGES = [
  '/articles/deadlift-for-runners/',
  '/articles/',
  '/exercises/',
  '/programs/',
  '/about/',
  '/no-such-page/',
];
/** Where content text lands: titles, body text, list items, links, table cells, cards. */
const TARGETS = ['h1', 'h2', 'h3', 'main p', 'main li', 'main a', 'main td', 'main th', 'main dd'];

for (const urlPath of PAGES) {
  test(`a 5,000-character word does not widen ${urlPath}`, async ({ page }) => {
    await page.goto(urlPath);
    const placed = await page.evaluate(
      ({ word, targets }) => {
        const used: string[] = [];
        for (const selector of targets) {
          const element = document.querySelector(selector);
          if (!element) continue;
          // Appended as text, as content would bring it, beside what the element already says.
          element.append(document.createTextNode(` ${word}`));
          used.push(selector);
        }
        return used;
      },
      { word: WORD, targets: TARGETS },
    );
    expect(placed.length).toBeGreaterThan(2);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, `placed in ${placed.join(', ')}`).toBeLessThanOrEqual(innerWidth);
  });
}
