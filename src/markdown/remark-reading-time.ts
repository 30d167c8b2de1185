import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { countWords } from '../lib/reading-time';
import { frontmatterOf } from './vfile-helpers';

/** Nodes whose text a reader sees word by word. */
const TEXT_NODES = new Set(['text', 'inlineCode', 'mdxTextExpression']);
/** Inline nodes that join their text to the words around them (anything else separates). */
const JOINING_NODES = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * Counts the words a reader sees in a Markdown or MDX body and records them as
 * `remarkPluginFrontmatter.words`, for "N min read": prose, headings, lists, tables and link
 * text and the numbers of ordered lists count; code blocks, markup, component attributes, link targets and citation keys do not.
 * Runs before the citation plugin, which turns `[@key]` into numbers.
 */
export function remarkReadingTime() {
  return (tree: Root, file: VFile): void => {
    const pieces: string[] = [];
    visit(tree, (node, index, parent) => {
      if (node.type === 'code') return SKIP;
      if (TEXT_NODES.has(node.type) && 'value' in node) pieces.push(String(node.value));
      else if (node.type === 'image') pieces.push(` ${node.alt ?? ''} `);
      // The numbers of an ordered list are on the page too.
      else if (node.type === 'listItem' && parent?.type === 'list' && parent.ordered)
        pieces.push(` ${(parent.start ?? 1) + (index ?? 0)}. `);
      else if (!JOINING_NODES.has(node.type)) pieces.push(' ');
      return undefined;
    });
    frontmatterOf(file).words = countWords(pieces.join(''));
  };
}
