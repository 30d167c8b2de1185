import { PALETTES, type Palette as SitePalette } from '../colors.ts';
import type { Palette } from './svg.ts';

/**
 * Fixed colours for figures drawn outside a page's stylesheet: the SVG files an article shows as
 * images (both themes, switched inside the file) and the Open Graph card (light). An image cannot
 * read the page's custom properties, so it takes the site's palettes (src/lib/colors.ts, the
 * same source as the CSS variables) and mixes them the way src/components/figure.css does.
 */

/** The colours of a theme that figures use. */
export type ThemeColours = Pick<
  SitePalette,
  'paperRaised' | 'ink' | 'inkMuted' | 'rule' | 'accent' | 'lane'
>;

/** The site's light and dark palettes, the themes a figure file carries. */
export const FIGURE_THEMES = {
  light: PALETTES.light,
  dark: PALETTES.dark,
} as const satisfies Record<string, ThemeColours>;

export type FigureTheme = keyof typeof FIGURE_THEMES;

const channels = (hex: string): number[] =>
  [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16));

/** CSS `color-mix(in srgb, a share%, b)` for two #rrggbb colours. */
export function mixColours(a: string, share: number, b: string): string {
  const from = channels(a);
  const to = channels(b);
  return `#${from
    .map((value, index) =>
      Math.round(value * share + to[index]! * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/**
 * The paints of a figure drawn on `background` (the halo that keeps overlapping limbs apart is
 * painted in it), with the same mixes as figure.css.
 */
export function figurePalette(theme: ThemeColours, background: string): Palette {
  return {
    halo: background,
    near: theme.lane,
    far: mixColours(theme.lane, 0.42, background),
    gear: theme.ink,
    plate: theme.ink,
    support: theme.rule,
    mat: mixColours(theme.rule, 0.65, theme.inkMuted),
    ground: mixColours(theme.rule, 0.5, theme.inkMuted),
    arrow: theme.accent,
    band: theme.accent,
    handle: theme.ink,
  };
}
