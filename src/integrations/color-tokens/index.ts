import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { colorTokensCss, evidenceBadgesCss } from '../../lib/colors.ts';

/** The stylesheet of the colour variables, imported by the layout. */
const MODULE = 'virtual:strong-miles/colors.css';
/** The cascade-layer order, which every stylesheet states first (see that file). */
const LAYERS = fileURLToPath(new URL('../../styles/layers.css', import.meta.url));

/**
 * Serves the colour variables and each evidence badge's colours and mark (src/lib/colors.ts) as a
 * stylesheet the layout imports, so the CSS, the Open Graph cards and the site config read one
 * set of colours.
 */
export function colorTokens(): AstroIntegration {
  const resolved = `\0${MODULE}`;
  const plugin: Plugin = {
    name: 'strong-miles:color-tokens',
    resolveId: (id) => (id === MODULE ? resolved : undefined),
    load: (id) =>
      id === resolved
        ? `@import ${JSON.stringify(LAYERS)};\n${colorTokensCss()}${evidenceBadgesCss()}`
        : undefined,
  };
  return {
    name: 'strong-miles:color-tokens',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
