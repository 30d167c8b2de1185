import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeStackedTables } from '../../src/markdown/rehype-stacked-tables';

const element = (tagName: string, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

/** A Markdown table as remark-gfm hands it to rehype: a header row, then body rows. */
function markdownTable(header: ElementContent[][], rows: string[][]): Element {
  return element('table', [
    element('thead', [
      element(
        'tr',
        header.map((content) => element('th', content)),
      ),
    ]),
    element(
      'tbody',
      rows.map((row) =>
        element(
          'tr',
          row.map((cell) => element('td', [text(cell)])),
        ),
      ),
    ),
  ]);
}

const elementsNamed = (node: Element, tagName: string): Element[] => [
  ...(node.tagName === tagName ? [node] : []),
  ...node.children.flatMap((child) =>
    child.type === 'element' ? elementsNamed(child, tagName) : [],
  ),
];

describe('rehypeStackedTables', () => {
  it('labels each body cell with the text of its column header, links and emphasis flattened', () => {
    const table = markdownTable(
      [[text('Pattern')], [text('Beginner ')], [element('em', [text('Advanced')])]],
      [
        ['Squat', 'Bodyweight squat', 'Back squat'],
        ['Hinge', 'Glute bridge', 'Barbell deadlift'],
      ],
    );
    rehypeStackedTables()({ type: 'root', children: [table] });
    expect(elementsNamed(table, 'td').map((cell) => cell.properties.dataLabel)).toEqual([
      'Pattern',
      'Beginner',
      'Advanced',
      'Pattern',
      'Beginner',
      'Advanced',
    ]);
  });

  it('gives the table its role and leaves rows and cells their native ones (the Nu checker rejects theirs)', () => {
    const table = markdownTable([[text('A')], [text('B')]], [['1', '2']]);
    rehypeStackedTables()({ type: 'root', children: [table] });
    expect(table.properties.role).toBe('table');
    const inside = ['tr', 'th', 'td'].flatMap((name) => elementsNamed(table, name));
    expect(inside).toHaveLength(6);
    expect(inside.map((node) => node.properties.role)).toEqual(Array(6).fill(undefined));
  });

  it('labels each table by its own header, leaving cells without a header unlabelled', () => {
    const first = markdownTable([[text('Week')]], [['1', 'extra']]);
    const second = markdownTable([[text('Day')]], [['Monday']]);
    const tree: Root = { type: 'root', children: [first, element('p', [text('x')]), second] };
    rehypeStackedTables()(tree);
    expect(elementsNamed(first, 'td').map((cell) => cell.properties.dataLabel)).toEqual([
      'Week',
      undefined,
    ]);
    expect(elementsNamed(second, 'td')[0]?.properties.dataLabel).toBe('Day');
  });

  it('drops the line breaks between rows and cells, keeping whitespace inside cells', () => {
    const table = element('table', [
      text('\n'),
      element('tbody', [
        text('\n'),
        element('tr', [text('\n'), element('td', [text(' Squat ')]), text('\n')]),
        text('\n'),
      ]),
      text('\n'),
    ]);
    rehypeStackedTables()({ type: 'root', children: [table] } satisfies Root);
    expect(table.children.map((child) => child.type)).toEqual(['element']);
    const [row] = elementsNamed(table, 'tr');
    expect(row!.children).toHaveLength(1);
    expect(elementsNamed(table, 'td')[0]!.children).toEqual([text(' Squat ')]);
  });
});
