import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { curlQuotes, replaceDashesAndEllipses } from '../lib/smart-punctuation.ts';

/** Nodes whose text is joined, in order, to decide each quote from the text around it. */
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
/** Blocks whose text starts fresh: a quote at their start opens, so a space goes before them. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline MDX elements whose text is not prose. */
const NOT_PROSE = new Set(['style', 'script']);

type Literal = Node & { value: string };
const isLiteral = (node: Node): node is Literal =>
  'value' in node && typeof (node as Literal).value === 'string';

/**
 * Smart punctuation for Markdown and MDX (src/lib/smart-punctuation.ts), in place of Astro's
 * remark-smartypants, with the same traversal: the text of a document's paragraphs, headings
 * and table cells is joined (inline code kept as placeholders of the same length, a space
 * before each block) so a quote around a link or bold text pairs up; quotes are curled in that
 * one string and mapped back onto the text nodes; dashes and ellipses are then replaced inside
 * each text node. Code blocks and inline code are never changed.
 */
export function remarkSmartPunctuation() {
  return (tree: Root): void => {
    const nodes: Node[] = [];
    let joined = '';
    visit(tree, (node, _index, parent) => {
      if (!parent || !VISITED.has(node.type)) return;
      const name = (parent as { name?: unknown }).name;
      if (parent.type === 'mdxJsxTextElement' && typeof name === 'string' && NOT_PROSE.has(name))
        return;
      if (isLiteral(node)) {
        joined += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
        nodes.push(node);
      } else if (BLOCKS.has(node.type)) {
        joined += ' ';
        nodes.push(node);
      }
    });
    const curled = curlQuotes(joined);
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') node.value = replaceDashesAndEllipses(curled.slice(start, end));
      start = end;
    }
  };
}
