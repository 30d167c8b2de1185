import { describe, expect, it } from 'vitest';
import { stackedTablesPlugin } from '../../src/markdown/stacked-tables';
import { renderMarkdown } from './helpers/markdown';

/** A Markdown table's HTML after the stacked-tables plugin, as a .md page renders it. */
const html = (markdown: string) =>
  renderMarkdown(
    markdown,
    { hastPlugins: [stackedTablesPlugin()] },
    '/project/content/articles/example.md',
  ).html;

/** The `data-label` of each body cell, in order (null where a cell has none). */
const labels = (page: string) =>
  [...page.matchAll(/<td(?: data-label="([^"]*)")?>/g)].map((match) => match[1] ?? null);

describe('stackedTablesPlugin', () => {
  it('labels each body cell with the text of its column header, links and emphasis flattened', () => {
    const page = html(
      [
        '| Pattern | Beginner  | *Advanced* |',
        '| --- | --- | --- |',
        '| Squat | Bodyweight squat | Back squat |',
        '| Hinge | Glute bridge | [Barbell deadlift](/x/) |',
      ].join('\n'),
    );
    expect(labels(page)).toEqual([
      'Pattern',
      'Beginner',
      'Advanced',
      'Pattern',
      'Beginner',
      'Advanced',
    ]);
  });

  it('gives the table its role and leaves rows and cells their native ones (the Nu checker rejects theirs)', () => {
    const page = html('| A | B |\n| --- | --- |\n| 1 | 2 |');
    expect(page).toContain('<table role="table">');
    expect(page.match(/<(?:tr|th|td)\b[^>]*>/g)).toHaveLength(6);
    expect(page.match(/<(?:tr|th|td)\b[^>]*role=/g)).toBeNull();
  });

  it('labels each table by its own header, leaving cells under an empty header unlabelled', () => {
    const page = html(
      [
        '|  | Week |',
        '| --- | --- |',
        '| a | 1 |',
        '',
        'x',
        '',
        '| Day |',
        '| --- |',
        '| Monday |',
      ].join('\n'),
    );
    expect(labels(page)).toEqual([null, 'Week', 'Day']);
  });

  it('drops the line breaks between rows and cells, keeping the text inside cells', () => {
    const page = html('| Exercise | Sets |\n| --- | --- |\n| Squat | 3 |');
    expect(page.trim()).toBe(
      '<table role="table"><thead><tr><th>Exercise</th><th>Sets</th></tr></thead><tbody><tr><td data-label="Exercise">Squat</td><td data-label="Sets">3</td></tr></tbody></table>',
    );
  });
});
