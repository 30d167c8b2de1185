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
  // The link's name comes from aria-label and its visible "#" from CSS (.heading-anchor::before),
  // so neither adds words to the search index or bytes of markup per heading.
  properties: (heading) => ({
    className: ['heading-anchor'],
    ariaLabel: ui.sectionLink(textOf(heading)),
  }),
  content: [],
};
