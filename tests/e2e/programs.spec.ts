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
