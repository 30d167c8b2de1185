import type { Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { enDashRanges } from '../lib/typography';

/**
 * The typographic rules of src/lib/typography.ts on every text node of a Markdown or MDX body,
 * after smart punctuation: number ranges get an en dash ("2-3 sets" → "2–3 sets"). Code, URLs in
 * link targets and MDX attributes are not text nodes, so they keep their hyphens.
 */
export function remarkTypography() {
  return (tree: Root): void => {
    visit(tree, 'text', (node: Text) => {
      node.value = enDashRanges(node.value);
    });
  };
}
