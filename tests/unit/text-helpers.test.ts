import { describe, expect, it } from 'vitest';
import { closestMatches, formatContentProblem } from '../../src/lib/content-errors';
import {
  datedOncePerDay,
  displayDate,
  distinctPageDates,
  formatLongDate,
  isoDate,
} from '../../src/lib/dates';
import { byNewest, isVisible } from '../../src/lib/publishing';
import { countWords, readingMinutes } from '../../src/lib/reading-time';

describe('countWords and readingMinutes', () => {
  it.each([
    ['Plain words only here', 4],
    ['A claim [@storen-2008; @blagrove-2018] stands.', 3],
    ['Hyphen-joined words_and snake_case count apart', 8],
    ['Numbers count: 3 sets of 8-12', 7],
    ['Punctuation alone — is not a word ...', 6],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  it.each([
    [0, 230, 1],
    [230, 230, 1],
    [1500, 230, 7],
  ])('%i words at %i wpm -> %i min', (words, wpm, minutes) => {
    expect(readingMinutes(words, wpm)).toBe(minutes);
  });

  it('refuses a non-positive reading speed', () => {
    expect(() => readingMinutes(100, 0)).toThrow();
  });
});

describe('isVisible', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  it.each([
    ['published, past', { draft: false, pubDate: new Date('2026-11-20') }, false, true],
    ['published, today', { draft: false, pubDate: new Date('2026-11-21') }, false, true],
    ['scheduled', { draft: false, pubDate: new Date('2026-12-01') }, false, false],
    ['draft', { draft: true, pubDate: new Date('2026-11-01') }, false, false],
    ['draft in dev', { draft: true, pubDate: new Date('2026-11-01') }, true, true],
    ['scheduled in dev', { draft: false, pubDate: new Date('2027-01-01') }, true, true],
  ])('%s', (_name, entry, includeUnpublished, expected) => {
    expect(isVisible(entry, { now, includeUnpublished })).toBe(expected);
  });
});

describe('byNewest', () => {
  it('sorts newest first, then by title', () => {
    const items = [
      { title: 'B', pubDate: new Date('2026-01-01') },
      { title: 'C', pubDate: new Date('2026-03-01') },
      { title: 'A', pubDate: new Date('2026-01-01') },
    ];
    expect(items.sort(byNewest).map((item) => item.title)).toEqual(['C', 'A', 'B']);
  });
});

describe('dates', () => {
  it('formats calendar dates in UTC', () => {
    const date = new Date('2026-11-21');
    expect(formatLongDate(date)).toBe('November 21, 2026');
    expect(isoDate(date)).toBe('2026-11-21');
  });
});

describe('content problems', () => {
  it('formats file, line, field, value and the valid alternatives', () => {
    expect(
      formatContentProblem({
        file: 'content/articles/x.mdx',
        line: 12,
        field: 'citation',
        value: '@storen-2009',
        problem: 'is not an id in content/references.json',
        valid: '@storen-2008',
      }),
    ).toBe(
      'content/articles/x.mdx:12: citation "@storen-2009": is not an id in content/references.json. Valid: @storen-2008.',
    );
  });

  it('suggests the closest ids first', () => {
    expect(closestMatches('storen-2009', ['blagrove-2018', 'storen-2008', 'vikmoen-2016'])[0]).toBe(
      'storen-2008',
    );
  });
});

describe('distinctPageDates', () => {
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const shown = (published: string, updated: string, reviewed: string) =>
    distinctPageDates({
      published: day(published),
      updated: day(updated),
      reviewed: day(reviewed),
    }).map(({ kind, date }) => `${kind} ${isoDate(date)}`);

  it.each([
    [['2026-11-21', '2026-11-21', '2026-11-21'], ['published 2026-11-21']],
    [
      ['2026-11-21', '2026-12-04', '2026-12-04'],
      ['published 2026-11-21', 'updated 2026-12-04'],
    ],
    [
      ['2026-11-21', '2026-11-21', '2026-12-04'],
      ['published 2026-11-21', 'reviewed 2026-12-04'],
    ],
    [
      ['2026-11-21', '2026-12-01', '2026-12-04'],
      ['published 2026-11-21', 'updated 2026-12-01', 'reviewed 2026-12-04'],
    ],
    [
      ['2026-11-21', '2026-12-04', '2026-11-21'],
      ['published 2026-11-21', 'updated 2026-12-04'],
    ],
  ])('%j shows %j', ([published, updated, reviewed], expected) => {
    expect(shown(published!, updated!, reviewed!)).toEqual(expected);
  });
});

describe('datedOncePerDay', () => {
  it('keeps the date of the first item of each day only', () => {
    const item = (title: string, iso: string) => ({
      title,
      published: displayDate(new Date(`${iso}T00:00:00Z`)),
    });
    const shown = datedOncePerDay([
      item('a', '2026-12-04'),
      item('b', '2026-11-21'),
      item('c', '2026-11-21'),
      item('d', '2026-11-21'),
      item('e', '2026-11-02'),
    ]).map(({ title, published }) => `${title} ${published?.iso ?? '-'}`);
    expect(shown).toEqual(['a 2026-12-04', 'b 2026-11-21', 'c -', 'd -', 'e 2026-11-02']);
  });
});
