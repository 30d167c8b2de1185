import type { MdastPluginDefinition } from 'satteri';
import { enDashRanges } from '../lib/typography.ts';

/**
 * The typographic rules of src/lib/typography.ts on every text node of a Markdown or MDX body,
 * after smart punctuation: number ranges get an en dash ("2-3 sets" → "2–3 sets"). Code, URLs in
 * link targets and MDX attributes are not text nodes, so they keep their hyphens.
 */
export function typographyPlugin(): MdastPluginDefinition {
  return {
    name: 'strong-miles:typography',
    text(node, ctx) {
      const value = enDashRanges(node.value);
      if (value !== node.value) ctx.setProperty(node, 'value', value);
    },
  };
}
