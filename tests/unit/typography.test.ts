import { describe, expect, it } from 'vitest';
import { enDashRanges, nonBreakingNumberHyphens, typeset } from '../../src/lib/typography';
import { typographyPlugin } from '../../src/markdown/typography';
import { renderMarkdown } from './helpers/markdown';

describe('enDashRanges', () => {
  it.each([
    ['2-3 sets of 8-12', '2–3 sets of 8–12'],
    ['8-12RM', '8–12RM'],
    ['rest 60-90 s', 'rest 60–90 s'],
    ['8-10/side', '8–10/side'],
    ['1.5-2.5 kg', '1.5–2.5 kg'],
    ['1,000-2,000 m', '1,000–2,000 m'],
    ['pages 101-110.', 'pages 101–110.'],
    ['from 2019-2021', 'from 2019–2021'],
  ])('%j is a range: %j', (text, expected) => {
    expect(enDashRanges(text)).toBe(expected);
  });

  it.each([
    ['published 2026-12-05', 'an ISO date'],
    ['2026-12', 'a year and month'],
    ['https://example.org/a/2-3 and doi.org/10.1007/s40279-019-01234-5', 'URLs'],
    ['doi:10.1000/12-34', 'a DOI'],
    ['10.1519/JSC.0b013e31825-3', 'a bare DOI'],
    ['s40279-019 and v2-3', 'ids glued to letters'],
    ['-2-3 and 5 to -3', 'negative numbers'],
    ['978-0-19-285-6', 'a hyphen chain'],
    ['12-07', 'a leading zero'],
    ['an 8-week plan, week-2 sets, COVID-19', 'words joined to numbers'],
    ['pages 101–110', 'a range that already has its en dash'],
  ])('%j is left alone (%s)', (text) => {
    expect(enDashRanges(text)).toBe(text);
  });

  it('keeps ranges next to an identifier', () => {
    expect(enDashRanges('See https://x.org/1-2 for 2-3 sets')).toBe(
      'See https://x.org/1-2 for 2–3 sets',
    );
  });
});

describe('typographyPlugin', () => {
  it('puts en dashes in the text of a Markdown body but not in code or link targets', () => {
    const { html } = renderMarkdown(
      'Do 2-3 sets of [8-12 reps](https://example.org/8-12), not `2-3`.',
      { mdastPlugins: [typographyPlugin()] },
      '/project/content/articles/example.md',
    );
    expect(html.trim()).toBe(
      '<p>Do 2–3 sets of <a href="https://example.org/8-12">8–12 reps</a>, not <code>2-3</code>.</p>',
    );
  });
});

describe('nonBreakingNumberHyphens', () => {
  it.each([
    ['8-week beginner strength plan', '8\u2011week beginner strength plan'],
    ['Plan: 8-week plan and week-2 loads', 'Plan: 8\u2011week plan and week\u20112 loads'],
  ])('%j keeps the number with its word', (title, expected) => {
    expect(nonBreakingNumberHyphens(title)).toBe(expected);
  });

  it.each(['A strength-training program', 'Runs 2-3 a week', 'COVID 19'])(
    '%j has no hyphen joining a number to a word',
    (title) => {
      expect(nonBreakingNumberHyphens(title)).toBe(title);
    },
  );
});

describe('typeset', () => {
  it.each([
    ["A runner's 2-3 sessions", 'A runner’s 2–3 sessions'],
    ['"Quoted" at the start', '“Quoted” at the start'],
    ["Runners' knees -- and more...", 'Runners’ knees — and more…'],
    ["the '80s, can't, won't", 'the ’80s, can’t, won’t'],
    [
      'See https://example.org/a-1-2 and 10.1249/x-1-2',
      'See https://example.org/a-1-2 and 10.1249/x-1-2',
    ],
    ['Plain text', 'Plain text'],
  ])('%j -> %j', (input, output) => {
    expect(typeset(input)).toBe(output);
  });
});
