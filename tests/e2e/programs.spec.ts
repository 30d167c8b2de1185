import ICAL from 'ical.js';
import { expect, test } from '@playwright/test';
import { nonBreakingNumberHyphens as headingOf } from '../../src/lib/typography';

/** The four programs of the training path, with what each page must show near the top. */
const PROGRAMS = [
  {
    path: '/programs/beginner-strength-plan-8-weeks/',
    title: '8-week beginner strength plan for runners',
    before: [],
    after: ['8-week intermediate strength plan for runners', /^8-week home strength plan/],
    equipment: 'Dumbbell · Kettlebell · Resistance band · Bench, box or step · Trap bar',
    mainLift: 'Goblet squat',
  },
  {
    path: '/programs/intermediate-strength-plan-8-weeks/',
    title: '8-week intermediate strength plan for runners',
    before: ['8-week beginner strength plan for runners'],
    after: ['In-season strength maintenance plan for runners'],
    equipment:
      'Trap bar · Barbell · Dumbbell · Bench, box or step · Pull-up bar · Low bar or rings',
    mainLift: 'Barbell back squat',
  },
  {
    path: '/programs/in-season-strength-maintenance/',
    title: 'In-season strength maintenance plan for runners',
    before: ['8-week intermediate strength plan for runners', /^8-week home strength plan/],
    after: [],
    equipment: 'Trap bar · Barbell · Dumbbell · Bench, box or step · Pull-up bar',
    mainLift: 'Trap-bar deadlift',
  },
  {
    path: '/programs/home-strength-plan-8-weeks/',
    title: '8-week home strength plan for runners: one dumbbell, a band and a mat',
    before: ['8-week beginner strength plan for runners'],
    after: ['In-season strength maintenance plan for runners'],
    equipment: 'Dumbbell · Kettlebell · Resistance band · Bench, box or step',
    mainLift: 'Rear-foot-elevated split squat',
  },
] as const;

test.describe('the training path', () => {
  test('the programs index shows the path in order, and the home plan as a branch', async ({
    page,
  }) => {
    await page.goto('/programs/');
    const path = page.getByRole('region', { name: 'The path, step by step' });
    await expect(path.getByRole('listitem')).toHaveCount(3);
    // Card headings keep "8-week" on one line (a non-breaking hyphen); links elsewhere do not.
    await expect(path.getByRole('heading', { level: 3 })).toHaveText([
      headingOf('8-week beginner strength plan for runners'),
      headingOf('8-week intermediate strength plan for runners'),
      'In-season strength maintenance plan for runners',
    ]);
    await expect(path.getByRole('listitem').nth(1)).toContainText('Step 2');
    const branch = page.getByRole('region', { name: 'No gym? The home branch' });
    await expect(branch.getByRole('heading', { level: 3 })).toHaveText(
      /^8\u2011week home strength plan/,
    );
    await expect(branch).toContainText('Branches off: 8-week beginner strength plan for runners');
    await expect(branch).toContainText('Leads to: In-season strength maintenance plan for runners');
    await path
      .getByRole('link', { name: headingOf('8-week intermediate strength plan for runners') })
      .click();
    await expect(page).toHaveURL('/programs/intermediate-strength-plan-8-weeks/');
  });

  for (const program of PROGRAMS) {
    test(`${program.path} says who it is for, what it needs, and what comes before and after`, async ({
      page,
    }) => {
      await page.goto(program.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(headingOf(program.title));
      // The heading never breaks inside "8-week"; the page title and the card keep ASCII.
      if (program.title.startsWith('8-week')) {
        await expect(page.getByRole('heading', { level: 1 })).toContainText('8\u2011week');
        await expect(page).toHaveTitle(`${program.title} | Strong Miles`);
        await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
          'content',
          program.title,
        );
      }
      const about = page.getByRole('region', { name: 'About this plan' });
      await expect(about.getByRole('term')).toContainText(['Who it is for', 'What you need']);
      await expect(about).toContainText(program.equipment);
      for (const [label, titles] of [
        ['Before this', program.before],
        ['After this', program.after],
      ] as const) {
        const term = about.getByRole('term').filter({ hasText: label });
        await expect(term).toHaveCount(titles.length === 0 ? 0 : 1);
        for (const title of titles)
          await expect(about.getByRole('link', { name: title })).toBeVisible();
      }

      const lifts = page.getByRole('region', { name: 'Your main lifts: where to start' });
      const lift = lifts
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { name: program.mainLift, exact: true }) });
      await expect(lift).toContainText('Starting weight.');
      await expect(lift).toContainText('How a set should feel.');

      const weeks = page.getByRole('region', { name: 'Where the sessions go in your week' });
      const firstWeek = weeks.getByRole('table').first();
      await expect(firstWeek.getByRole('row')).toHaveCount(8);
      await expect(firstWeek.getByRole('rowheader').first()).toHaveText('Monday');

      // A main lift's line carries its reps in reserve (week 3: loaded in every plan).
      const week3 = page.getByRole('region', { name: 'Week 3' });
      await expect(week3.getByText(/^\d in reserve$/).first()).toBeVisible();
    });
  }

  test('a link to the next plan lands on it', async ({ page }) => {
    await page.goto('/programs/beginner-strength-plan-8-weeks/');
    await page
      .getByRole('region', { name: 'About this plan' })
      .getByRole('link', { name: /^8-week home strength plan/ })
      .click();
    await expect(page).toHaveURL('/programs/home-strength-plan-8-weeks/');
  });

  for (const program of PROGRAMS) {
    test(`${program.path} has a calendar file with one event per session and a day between sessions`, async ({
      page,
      request,
    }) => {
      await page.goto(program.path);
      const sessions = await page.locator('table.plan-table').count();
      const id = program.path.split('/')[2];
      const response = await request.get(`/programs/${id}.ics`);
      expect(response.status()).toBe(200);
      const events = new ICAL.Component(ICAL.parse(await response.text()))
        .getAllSubcomponents('vevent')
        .map((component) => new ICAL.Event(component));
      expect(events).toHaveLength(sessions);
      // Sessions fall on the days of the page's first sample week (the in-season plan: Tuesday).
      const firstWeek = page
        .getByRole('region', { name: 'Where the sessions go in your week' })
        .getByRole('table')
        .first();
      const firstLiftDay = await firstWeek
        .getByRole('row')
        .filter({ hasText: /Session/ })
        .first()
        .getByRole('rowheader')
        .innerText();
      const firstEvent = events
        .map((event) => new Date(`${event.startDate.toString()}T00:00:00Z`))
        .sort((a, b) => a.getTime() - b.getTime())[0]!;
      expect(firstEvent.toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })).toBe(
        firstLiftDay,
      );
      const days = events
        .map((event) => Date.parse(`${event.startDate.toString()}T00:00:00Z`) / 86_400_000)
        .sort((a, b) => a - b);
      for (let i = 1; i < days.length; i++)
        expect(days[i]! - days[i - 1]!, `events ${i} and ${i + 1}`).toBeGreaterThanOrEqual(2);
    });
  }
});

test.describe('finding your way through a plan', () => {
  const BEGINNER = '/programs/beginner-strength-plan-8-weeks/';
  /** The beginner plan's static calendar starts the Monday after its last update, 2026-12-04. */
  const STATIC_START = '2026-12-07';
  const longDate = (iso: string) =>
    new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });

  test('the week selector links to every week, and marks none by default', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-05T10:00:00'));
    await page.goto(BEGINNER);
    const selector = page.getByRole('navigation', { name: 'Jump to a week' });
    const links = selector.getByRole('link');
    await expect(links).toHaveCount(8);
    for (const [index, link] of (await links.all()).entries()) {
      await expect(link).toHaveAccessibleName(`Week ${index + 1}`);
      const hash = (await link.getAttribute('href')) ?? '';
      await expect(page.locator(hash), `${hash} exists`).toHaveCount(1);
      await expect(page.locator(hash)).toHaveText(`Week ${index + 1}`);
    }
    await expect(selector.locator('[aria-current]')).toHaveCount(0);
    await links.nth(4).click();
    await expect(page).toHaveURL(/#week-5$/);
    await expect(page.getByRole('heading', { name: 'Week 5', exact: true })).toBeInViewport();
  });

  test('a start date saved on this device marks the week the reader is in', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-23T10:00:00'));
    await page.addInitScript(() =>
      localStorage.setItem('start:beginner-strength-plan-8-weeks', '2026-12-07'),
    );
    await page.goto(BEGINNER);
    const selector = page.getByRole('navigation', { name: 'Jump to a week' });
    // 23 December is the third week of a plan started on 7 December.
    await expect(selector.locator('[aria-current="step"]')).toHaveAccessibleName('Week 3');
    await expect(page.getByLabel('Start date (week 1)')).toHaveValue('2026-12-07');
  });

  test('the week at a glance has one line per week, generated from the plan', async ({ page }) => {
    await page.goto(BEGINNER);
    const glance = page.getByRole('region', { name: 'The weeks at a glance' });
    const weeks = glance.getByRole('listitem');
    await expect(weeks).toHaveCount(8);
    await expect(weeks.nth(0)).toHaveText('Week 1 · Learn · Sessions A, B · the starting point');
    await expect(weeks.nth(4)).toContainText('Week 5 · Lighter week · Sessions A, B');
    await expect(weeks.nth(4)).toContainText('new: Pogo hops, Dead bug');
    await expect(weeks.nth(4)).toContainText('fewer sets');
    await expect(weeks.nth(5)).toContainText('Sessions A, B, C (optional)');
    await expect(weeks.nth(5)).toContainText('optional session C starts');
  });

  test('paired exercises sit together, labelled A1 and A2', async ({ page }) => {
    await page.goto(BEGINNER);
    const week1 = page.getByRole('region', { name: 'Week 1', exact: true });
    const sessionA = week1.getByRole('table').first();
    await expect(sessionA.getByRole('rowheader')).toHaveText([
      /^A1 Bodyweight squat/,
      /^A2 Push-up/,
      /^B1 Split squat/,
      /^B2 Front plank/,
      /^Standing calf raise/,
    ]);
    await expect(page.getByText(/labelled A1 and A2 .* done in alternation/)).toBeVisible();
  });

  test('the date field and the static calendar link start on the same Monday', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-12-05T10:00:00'));
    await page.goto(BEGINNER);
    const calendar = page.getByRole('region', { name: 'Add the plan to your calendar' });
    const field = calendar.getByLabel('Start date (week 1)');
    await expect(field).toHaveValue(STATIC_START);
    const link = calendar.getByRole('link', { name: /Download the calendar file starting/ });
    await expect(link).toBeVisible();
    await expect(link).toHaveText(`Download the calendar file starting ${longDate(STATIC_START)}`);
    // Another day in the field: the link's file would start on the wrong day, so it goes.
    await field.fill('2027-01-04');
    await field.dispatchEvent('change');
    await expect(link).toBeHidden();
  });

  test('once the static start has passed, the field offers the next Monday and the link goes', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2027-03-03T10:00:00'));
    await page.goto(BEGINNER);
    const calendar = page.getByRole('region', { name: 'Add the plan to your calendar' });
    await expect(calendar.getByLabel('Start date (week 1)')).toHaveValue('2027-03-08');
    await expect(
      calendar.getByRole('link', { name: /Download the calendar file starting/ }),
    ).toBeHidden();
  });

  test('session tables line their columns up on a wide screen', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'phones show each row as a card');
    await page.goto(BEGINNER);
    const tables = page.locator('table.plan-table');
    const columnStarts = await tables.evaluateAll((elements) =>
      elements.map((table) =>
        [...table.querySelectorAll('thead th')].map((th) =>
          Math.round(th.getBoundingClientRect().left),
        ),
      ),
    );
    expect(columnStarts.length).toBeGreaterThan(10);
    for (const starts of columnStarts) expect(starts).toEqual(columnStarts[0]);
  });
});
