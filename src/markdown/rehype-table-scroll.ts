import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Wraps every Markdown table in a horizontally scrollable, keyboard-focusable region, so a wide
 * table scrolls inside the text column instead of widening the whole page on a phone. A labelled
 * <section> is a region landmark by itself (no role attribute needed).
 */
export function rehypeTableScroll() {
  return (tree: Root): void => {
    let count = 0;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      count += 1;
      const wrapper: Element = {
        type: 'element',
        tagName: 'section',
        properties: {
          className: ['table-scroll'],
          tabIndex: 0,
          ariaLabel: `Table ${count} (scrolls sideways)`,
        },
        children: [node],
      };
      parent.children.splice(index, 1, wrapper);
    });
  };
}
