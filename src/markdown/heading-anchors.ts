import type { Element, ElementContent } from 'hast';
import type { Options } from 'rehype-autolink-headings';
import { ui } from '../ui';

/** The text a reader sees in a heading (its text nodes, in order). */
function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/**
 * rehype-autolink-headings settings: a "#" link after every `##` and `###` heading, with both
 * in one wrapper so they sit on one line. The link lives beside the heading, not inside it, so
 * the heading's own accessible name stays its text; the link's name says which section it
 * points to ("Link to section: Why lift"), because a screen reader's link list has no context.
 * Needs heading ids, so rehypeHeadingIds must run first.
 */
export const headingAnchorOptions: Options = {
  behavior: 'after',
  test: ['h2', 'h3'],
  group: {
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading-anchored'] },
    children: [],
  },
  // Search indexes the words of the article, not "Link to section" labels.
  properties: { className: ['heading-anchor'], dataPagefindIgnore: '' },
  content: (heading) => [
    {
      type: 'element',
      tagName: 'span',
      properties: { ariaHidden: 'true' },
      children: [{ type: 'text', value: '#' }],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['sr-only'] },
      children: [{ type: 'text', value: ui.sectionLink(textOf(heading)) }],
    },
  ],
};
