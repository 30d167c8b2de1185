import type { MdastPluginDefinition } from 'satteri';
import { countWords } from '../lib/reading-time.ts';
import { frontmatterOf, walk, type TreeNode } from './context.ts';

/** Nodes whose text a reader sees word by word. */
const TEXT_NODES = new Set(['text', 'inlineCode', 'mdxTextExpression']);
/** Inline nodes that join their text to the words around them (anything else separates). */
const JOINING_NODES = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * Counts the words a reader sees in a Markdown or MDX body and records them as
 * `remarkPluginFrontmatter.words`, for "N min read": prose, headings, lists, tables and link
 * text and the numbers of ordered lists count; code blocks, markup, component attributes, link
 * targets and citation keys do not. Runs before the citation plugin, which turns `[@key]` into
 * numbers.
 */
export function readingTimePlugin(): MdastPluginDefinition {
  return {
    name: 'strong-miles:reading-time',
    before(root, ctx) {
      const pieces: string[] = [];
      walk(root as unknown as TreeNode, (node, parent, index) => {
        if (node.type === 'code') return false;
        if (TEXT_NODES.has(node.type) && 'value' in node) pieces.push(String(node.value));
        else if (node.type === 'image') pieces.push(` ${(node.alt as string | null) ?? ''} `);
        // The numbers of an ordered list are on the page too.
        else if (node.type === 'listItem' && parent.type === 'list' && parent.ordered)
          pieces.push(` ${((parent.start as number | null) ?? 1) + index}. `);
        else if (!JOINING_NODES.has(node.type)) pieces.push(' ');
        return undefined;
      });
      frontmatterOf(ctx).words = countWords(pieces.join(''));
    },
  };
}
