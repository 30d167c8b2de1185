import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import type { Element, ElementContent } from 'hast';
import type { HastPluginDefinition, HastPluginEntry } from 'satteri';
import { ui } from '../ui.ts';

/** The text a reader sees in a heading (its text nodes, in order). */
function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/**
 * A "#" link after every `##` and `###` heading, with both in one wrapper so they sit on one
 * line. The link lives beside the heading, not inside it, so the heading's own accessible name
 * stays its text; the link's name says which section it points to ("Link to section: Why
 * lift"), because a screen reader's link list has no context. The link's name comes from
 * aria-label and its visible "#" from CSS (.heading-anchor::before), so neither adds words to
 * the search index or bytes of markup per heading.
 */
const headingAnchors: HastPluginDefinition = {
  name: 'strong-miles:heading-anchors',
  element: {
    filter: ['h2', 'h3'],
    visit(heading, ctx) {
      const id = heading.properties?.id;
      if (typeof id !== 'string') return;
      ctx.wrapNode(heading, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-anchored'] },
        children: [
          {
            type: 'element',
            tagName: 'a',
            properties: {
              className: ['heading-anchor'],
              ariaLabel: ui.sectionLink(textOf(heading as Element)),
              href: `#${id}`,
            },
            children: [],
          },
        ],
      });
    },
  },
};

/**
 * Heading ids, then the "#" links to them. Astro gives headings their ids after the project's
 * hast plugins, so its own heading-ids plugin runs here first (Astro's later run keeps ids that
 * are already there, so the ids and the page's heading list are exactly Astro's).
 */
export function headingAnchorsPlugins(): HastPluginEntry[] {
  return [satteriHeadingIdsPlugin(), headingAnchors];
}
