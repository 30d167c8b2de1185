import { describe, expect, it } from 'vitest';
import { findImpossibleDates, impossibleDateReason } from '../../src/lib/calendar-dates';
import {
  latestChange,
  newestFirst,
  reportErrorHref,
  siteChangeLog,
  type PageChange,
} from '../../src/lib/changes';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const change = (date: string, summary: string, type: PageChange['type'] = 'correction') => ({
  date: day(date),
  type,
  summary,
});

describe('a page change history', () => {
  it('lists the newest first, keeping the written order within a day', () => {
    const list = [
      change('2026-12-01', 'first'),
      change('2026-12-04', 'second'),
      change('2026-12-04', 'third'),
      change('2026-11-30', 'fourth'),
    ];
    expect(newestFirst(list).map((entry) => entry.summary)).toEqual([
      'second',
      'third',
      'first',
      'fourth',
    ]);
  });

  it('finds the newest date, or none', () => {
    expect(latestChange([change('2026-12-01', 'a'), change('2026-12-03', 'b')])).toEqual(
      day('2026-12-03'),
    );
    expect(latestChange([])).toBeUndefined();
  });
});

describe('the site-wide change log', () => {
  const log = siteChangeLog([
    {
      title: 'Scheduling',
      path: '/articles/scheduling/',
      changes: [change('2026-12-02', 's1'), change('2026-12-04', 's2', 'update')],
    },
    { title: 'Beginner plan', path: '/programs/beginner/', changes: [change('2026-12-04', 'p1')] },
    { title: 'Myths', path: '/articles/myths/', changes: [] },
    {
      title: 'Economy',
      path: '/articles/economy/',
      changes: [change('2026-12-04', 'e1'), change('2026-12-04', 'e2', 'clarification')],
    },
  ]);

  it('merges every page, newest first; same-day changes by page title, then written order', () => {
    expect(log.map((entry) => `${entry.summary} ${entry.page.path}`)).toEqual([
      'p1 /programs/beginner/',
      'e1 /articles/economy/',
      'e2 /articles/economy/',
      's2 /articles/scheduling/',
      's1 /articles/scheduling/',
    ]);
  });

  it('gives each change a stable key from its page, day and place within that day', () => {
    expect(log.map((entry) => entry.key)).toEqual([
      '/programs/beginner/#change-2026-12-04-1',
      '/articles/economy/#change-2026-12-04-1',
      '/articles/economy/#change-2026-12-04-2',
      '/articles/scheduling/#change-2026-12-04-1',
      '/articles/scheduling/#change-2026-12-02-1',
    ]);
    expect(new Set(log.map((entry) => entry.key)).size).toBe(log.length);
  });
});

describe('the report-an-error link', () => {
  const href = reportErrorHref({
    address: 'corrections@strongmiles.org',
    title: 'Squats & knees: "myths"?',
    url: 'https://strongmiles.org/articles/strength-training-myths-runners/',
  });

  it('is a mailto link whose subject names the page and whose body carries its URL', () => {
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('corrections@strongmiles.org');
    const params = Object.fromEntries(
      url.search
        .slice(1)
        .split('&')
        .map((pair) => pair.split('=').map(decodeURIComponent)),
    );
    expect(params.subject).toBe('Error on "Squats & knees: "myths"?"');
    expect(params.body).toBe(
      'Page: https://strongmiles.org/articles/strength-training-myths-runners/\r\n\r\n',
    );
  });

  it('encodes spaces as %20 and line breaks as CRLF (RFC 6068), never "+"', () => {
    expect(href).not.toContain('+');
    expect(href).toContain('Error%20on%20');
    expect(href).toContain('%0D%0A');
  });

  it.each([
    [{ address: 'not an address', url: 'https://strongmiles.org/' }, /plain email address/],
    [{ address: 'a@b.org?cc=x@y.org', url: 'https://strongmiles.org/' }, /plain email address/],
    [{ address: 'a@b.org', url: '/articles/x/' }, /absolute URL/],
  ])('refuses %j', (input, message) => {
    expect(() => reportErrorHref({ title: 'T', ...input })).toThrow(message);
  });
});

describe('impossible calendar dates in front matter', () => {
  it.each([
    [2026, 2, 29, 'February 2026 has 28 days'],
    [2026, 4, 31, 'April 2026 has 30 days'],
    [2026, 13, 1, 'there is no month 13'],
    [2026, 0, 10, 'there is no month 0'],
    [2026, 12, 0, 'December 2026 has 31 days'],
  ])('%i-%i-%i: %s', (year, month, dayOfMonth, reason) => {
    expect(impossibleDateReason(year, month, dayOfMonth)).toBe(reason);
  });

  it.each([
    [2028, 2, 29],
    [2000, 2, 29],
    [2026, 12, 31],
  ])('%i-%i-%i is a real day', (year, month, dayOfMonth) => {
    expect(impossibleDateReason(year, month, dayOfMonth)).toBeUndefined();
  });

  const source = `---
title: "x"
pubDate: 2026-02-30
updatedDate: "2026-12-04"
changes:
  - date: 2026-12-01
    type: correction
    summary: "Fine."
  - type: update
    date: '2026-11-31'
    summary: "Quoted and impossible."
  - date: 2026-13-02 # a comment
    type: update
    summary: "Month 13."
draft: false
---

Body with a date 2026-02-31 that is not front matter.
`;

  it('reports each bad date with its line, its field path and the reason', () => {
    expect(findImpossibleDates(source, 'content/articles/x.mdx')).toEqual([
      {
        file: 'content/articles/x.mdx',
        line: 3,
        field: 'pubDate',
        value: '2026-02-30',
        problem: 'is not a day on the calendar (February 2026 has 28 days)',
        valid: 'a real date written as YYYY-MM-DD, for example 2026-12-04',
      },
      expect.objectContaining({ line: 10, field: 'changes[1].date', value: '2026-11-31' }),
      expect.objectContaining({
        line: 12,
        field: 'changes[2].date',
        problem: 'is not a day on the calendar (there is no month 13)',
      }),
    ]);
  });

  it('finds nothing in good front matter or in a file without any', () => {
    expect(findImpossibleDates('---\npubDate: 2028-02-29\n---\n', 'a.mdx')).toEqual([]);
    expect(findImpossibleDates('No front matter 2026-02-30', 'a.mdx')).toEqual([]);
  });
});
