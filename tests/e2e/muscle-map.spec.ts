import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';

/** Name and muscle lists of every published exercise, read from its front matter. */
const exercises = readdirSync('content/exercises')
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => {
    const text = readFileSync(`content/exercises/${file}`, 'utf8');
    const data = parse(text.split(/^---$/m)[1] ?? '') as {
      name: string;
      primaryMuscles: string[];
      secondaryMuscles?: string[];
      draft?: boolean;
    };
    return { ...data, secondaryMuscles: data.secondaryMuscles ?? [] };
  })
  .filter((exercise) => !exercise.draft)
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

/** What the facet page for a muscle must list: main muscle first, then also worked. */
function expectedFor(muscle: string) {
  const primary = exercises.filter((exercise) => exercise.primaryMuscles.includes(muscle));
  const secondary = exercises.filter(
    (exercise) =>
      !exercise.primaryMuscles.includes(muscle) && exercise.secondaryMuscles.includes(muscle),
  );
  return {
    primary: primary.map((item) => item.name),
    secondary: secondary.map((item) => item.name),
  };
}

/** WCAG relative luminance of a computed colour: `rgb(0-255 ...)` or `color(srgb 0-1 ...)`. */
function luminance(color: string): number {
  const scale = color.startsWith('color(srgb') ? 1 : 255;
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const channel = Number(part) / scale;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The colours the exercise page's map is painted in, as the browser computed them. */
async function mapColours(page: Page) {
  return page.evaluate(() => {
    const style = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) throw new Error(`no ${selector} on the page`);
      return getComputedStyle(element);
    };
    return {
      page: getComputedStyle(document.body).backgroundColor,
      card: style('figure:has(#mm-half)').backgroundColor,
      body: style('.mm-body').fill,
      muscle: style('.mm-muscles').fill,
      primary: style('.mm-primary').fill,
      secondary: style('.mm-secondary').stroke,
      secondaryFill: style('.mm-secondary').fill,
    };
  });
}

test.describe('the exercise library map', () => {
  test('every muscle on the map links to a facet page listing the exercises that work it', async ({
    page,
  }) => {
    await page.goto('/exercises/');
    const map = page.getByRole('navigation', { name: 'Exercises by muscle', exact: true });
    const links = await map.getByRole('link').evaluateAll((elements) =>
      elements.map((element) => ({
        name: element.querySelector('title')?.textContent ?? '',
        href: element.getAttribute('href') ?? '',
      })),
    );
    // One keyboard stop per muscle that has exercises (16 muscle keys, all used today).
    expect(links.length).toBe(16);
    for (const { name, href } of links) {
      const muscle = /^\/exercises\/muscle\/([a-z-]+)\/$/.exec(href)?.[1];
      expect(muscle, href).toBeTruthy();
      const { primary, secondary } = expectedFor(muscle!);
      expect(name).toMatch(new RegExp(`: ${primary.length + secondary.length} exercises?$`));

      await page.goto(href);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Exercises for the /);
      const listed = async (heading: RegExp) => {
        const section = page
          .locator('section')
          .filter({ has: page.getByRole('heading', { name: heading }) });
        return (await section.count()) === 0 ? [] : section.getByRole('link').allTextContents();
      };
      expect(await listed(/^Mainly work the /), `${href} main`).toEqual(primary);
      expect(await listed(/^Also work the /), `${href} also`).toEqual(secondary);
    }
  });

  test('clicking a muscle shape opens its page, and the facet list offers the same link', async ({
    page,
  }) => {
    await page.goto('/exercises/');
    const map = page.getByRole('navigation', { name: 'Exercises by muscle', exact: true });
    // Click the drawn shape itself (the left buttock), not the middle of the link's box.
    await map
      .getByRole('link', { name: /^Glutes: / })
      .locator('path')
      .click();
    await expect(page).toHaveURL('/exercises/muscle/glutes/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exercises for the glutes');
    await expect(
      page
        .getByRole('navigation', { name: 'Browse exercises' })
        .getByRole('link', { name: /^Glutes/ }),
    ).toHaveAttribute('aria-current', 'page');
    await page
      .getByRole('navigation', { name: 'Browse exercises' })
      .getByRole('link', { name: /^Soleus/ })
      .click();
    await expect(page).toHaveURL('/exercises/muscle/soleus/');
  });

  test('a muscle drawn in both views is one keyboard stop, and focus shows on the shape', async ({
    page,
  }) => {
    await page.goto('/exercises/');
    const map = page.getByRole('navigation', { name: 'Exercises by muscle', exact: true });
    const calves = map.locator('a[href="/exercises/muscle/calves/"]');
    await expect(calves).toHaveCount(2);
    await expect(map.getByRole('link', { name: /^Calves: / })).toHaveCount(1);
    const focusable = map.getByRole('link', { name: /^Calves: / });
    await focusable.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(focusable).toBeFocused();
    const [resting, focused] = await focusable.evaluate((element) => {
      const other = document.querySelector('a.mm-link:not(:focus)')!;
      return [getComputedStyle(other).stroke, getComputedStyle(element).stroke];
    });
    expect(focused).not.toBe(resting);
  });
});

test.describe('the exercise page map', () => {
  test('sits after the drawn movement and above the long text on phones, beside the steps on wide screens, well above the references', async ({
    page,
  }, testInfo) => {
    await page.goto('/exercises/romanian-deadlift/');
    const map = page.getByRole('img', { name: /^Mainly works the hamstrings and glutes/ });
    await expect(map).toBeVisible();
    const mapBox = (await map.boundingBox())!;
    const steps = (await page.getByRole('heading', { name: 'How to do it' }).boundingBox())!;
    const references = (await page.getByRole('heading', { name: 'References' }).boundingBox())!;
    expect(mapBox.y).toBeLessThan(references.y);
    if (testInfo.project.name === 'phone') {
      expect(mapBox.y + mapBox.height).toBeLessThan(steps.y);
      // Right after the drawn movement, which comes first on a phone.
      const figure = (await page.locator('.fig-anim').first().boundingBox())!;
      expect(mapBox.y).toBeGreaterThan(figure.y + figure.height);
    } else {
      // In the side column, under the drawn movement, beside the text.
      expect(mapBox.x).toBeGreaterThan(steps.x + steps.width);
      const figure = (await page.locator('.fig-anim').first().boundingBox())!;
      expect(mapBox.y).toBeGreaterThan(figure.y + figure.height);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme} theme: primary and secondary differ, and both stand out at 3:1`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/exercises/romanian-deadlift/');
      const colours = await mapColours(page);
      expect(colours.primary).not.toBe(colours.secondary);
      // The second cue: secondary muscles are hatched (a pattern), primary ones solid.
      expect(colours.secondaryFill).toMatch(/url\(.*#mm-hatch/);
      for (const highlight of [colours.primary, colours.secondary]) {
        for (const background of [colours.page, colours.card, colours.body, colours.muscle]) {
          expect(
            contrast(highlight, background),
            `${highlight} on ${background}`,
          ).toBeGreaterThanOrEqual(3);
        }
      }
    });
  }

  test('prints in black on white and grey', async ({ page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto('/exercises/romanian-deadlift/');
    const colours = await mapColours(page);
    const [r, g, b] = (colours.primary.match(/\d+/g) ?? []).map(Number);
    expect(r).toBe(g);
    expect(g).toBe(b);
    expect(contrast(colours.primary, 'rgb(255, 255, 255)')).toBeGreaterThan(7);
    expect(contrast(colours.secondary, colours.muscle)).toBeGreaterThan(7);
  });
});
