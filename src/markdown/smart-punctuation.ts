import type { Text } from 'mdast';
import type { MdastPluginDefinition } from 'satteri';
import { curlQuotes, replaceDashesAndEllipses } from '../lib/smart-punctuation.ts';
import { walk, type TreeNode } from './context.ts';

/** Nodes whose text is joined, in order, to decide each quote from the text around it. */
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
/** Blocks whose text starts fresh: a quote at their start opens, so a space goes before them. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Inline MDX elements whose text is not prose. */
const NOT_PROSE = new Set(['style', 'script']);

type Literal = TreeNode & { value: string };
const isLiteral = (node: TreeNode): node is Literal => typeof node.value === 'string';

/**
 * Smart punctuation for Markdown and MDX (src/lib/smart-punctuation.ts), in place of Sätteri's
 * own (which makes "--" an en dash; the site's rule, SmartyPants', is an em dash): the text of
 * a document's paragraphs, headings and table cells is joined (inline code kept as placeholders
 * of the same length, a space before each block) so a quote around a link or bold text pairs
 * up; quotes are curled in that one string and mapped back onto the text nodes; dashes and
 * ellipses are then replaced inside each text node. Code blocks and inline code are never
 * changed. One walk of the tree, before any visitor, since the quotes depend on the whole text.
 */
export function smartPunctuationPlugin(): MdastPluginDefinition {
  return {
    name: 'strong-miles:smart-punctuation',
    before(root, ctx) {
      const nodes: TreeNode[] = [];
      let joined = '';
      walk(root as unknown as TreeNode, (node, parent) => {
        if (!VISITED.has(node.type)) return;
        if (
          parent.type === 'mdxJsxTextElement' &&
          typeof parent.name === 'string' &&
          NOT_PROSE.has(parent.name)
        )
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
        if (node.type === 'text') {
          const value = replaceDashesAndEllipses(curled.slice(start, end));
          if (value !== node.value) ctx.setProperty(node as unknown as Text, 'value', value);
        }
        start = end;
      }
    },
  };
}
