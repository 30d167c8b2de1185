import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeTableScroll } from '../../src/markdown/rehype-table-scroll';

const table = (): Element => ({ type: 'element', tagName: 'table', properties: {}, children: [] });

describe('rehypeTableScroll', () => {
  it('wraps each table in its own focusable, labelled scroll region', () => {
    const tree: Root = {
      type: 'root',
      children: [
        table(),
        { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'x' }] },
        table(),
      ],
    };
    rehypeTableScroll()(tree);
    const wrappers = tree.children.filter(
      (node): node is Element => node.type === 'element' && node.tagName === 'section',
    );
    expect(wrappers).toHaveLength(2);
    expect(wrappers.map((wrapper) => wrapper.properties)).toEqual([
      {
        className: ['table-scroll'],
        tabIndex: 0,
        ariaLabel: 'Table 1 (scrolls sideways)',
      },
      {
        className: ['table-scroll'],
        tabIndex: 0,
        ariaLabel: 'Table 2 (scrolls sideways)',
      },
    ]);
    expect(wrappers.every((wrapper) => (wrapper.children[0] as Element).tagName === 'table')).toBe(
      true,
    );
  });
});
