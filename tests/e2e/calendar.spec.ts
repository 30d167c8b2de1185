import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const PROGRAM = '/programs/beginner-strength-plan-8-weeks/';

test.describe('add a program to the calendar', () => {
  test('the reader picks a start date and downloads a calendar built in the browser', async ({
    page,
  }) => {
    // The generator runs in a worker and the plan is fetched only when the reader asks for a file.
    const workers: string[] = [];
    const planRequests: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    page.on('request', (request) => {
      if (request.url().endsWith('/programs/beginner-strength-plan-8-weeks.json'))
        planRequests.push(request.url());
    });
    await page.goto(PROGRAM);
    const calendar = page.getByRole('region', { name: 'Add the plan to your calendar' });
    const start = calendar.getByLabel('Start date (week 1)');
    await expect(start).toBeVisible();
    await page.waitForLoadState('networkidle');
    // The form's script is a file, not inline, to keep the page within one round trip; the
    // match is by name in astro.config.mjs (assetsInlineLimit), so a rename must update both.
    await expect(page.locator('script[type="module"][src*="AddToCalendar"]')).toHaveCount(1);
    expect(workers).toEqual([]);
    expect(planRequests).toEqual([]);
    // The default is a Monday: the static file's start, or the next one after today once that
    // has passed (calendarStartDate; programs.spec.ts checks both cases with a fixed clock).
    const defaultValue = await start.inputValue();
    expect(new Date(`${defaultValue}T00:00:00Z`).getUTCDay()).toBe(1);

    await start.fill('2027-03-01');
    const downloadPromise = page.waitForEvent('download');
    await calendar.getByRole('button', { name: 'Download calendar file' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('beginner-strength-plan-8-weeks-2027-03-01.ics');
    const text = readFileSync((await download.path()) ?? '', 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('DTSTART;VALUE=DATE:20270301');
    expect(text).toContain('UID:beginner-strength-plan-8-weeks-w1-a@');
    // Week 8's first session falls seven weeks after the start.
    expect(text).toContain('DTSTART;VALUE=DATE:20270419');
    await expect(calendar.getByRole('status')).toContainText(
      'Saved beginner-strength-plan-8-weeks-2027-03-01.ics',
    );
    expect(workers).toHaveLength(1);
    expect(workers[0]).toMatch(/\/_astro\/calendar-file\.worker-[\w-]+\.js$/);
    expect(planRequests).toHaveLength(1);
  });

  test('without JavaScript the form is hidden and the static calendar file is offered', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(PROGRAM);
    const calendar = page.getByRole('region', { name: 'Add the plan to your calendar' });
    await expect(calendar.getByLabel('Start date (week 1)')).toBeHidden();
    const link = calendar.getByRole('link', { name: /Download the calendar file starting/ });
    await expect(link).toHaveAttribute('href', '/programs/beginner-strength-plan-8-weeks.ics');
    const response = await page.request.get('/programs/beginner-strength-plan-8-weeks.ics');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/calendar');
    expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    await context.close();
  });
});
