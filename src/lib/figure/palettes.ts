import type { Palette } from './svg.ts';

/**
 * Fixed colours for figures drawn outside a page's stylesheet: the SVG files an article shows as
 * images (both themes, switched inside the file) and the Open Graph card (light). An image cannot read the page's custom properties, so the
 * theme's colours are repeated here (tests/unit/figure-palettes.test.ts keeps them equal to
 * src/styles/global.css) and mixed the way src/components/figure.css mixes them.
 */

export interface ThemeColours {
  paperRaised: string;
  ink: string;
  inkMuted: string;
  rule: string;
  accent: string;
  lane: string;
}

/** The theme tokens (--sm-*) of global.css that figures use, light and dark. */
export const FIGURE_THEMES = {
  light: {
    paperRaised: '#ffffff',
    ink: '#1c1a17',
    inkMuted: '#5b554c',
    rule: '#e2dbcf',
    accent: '#b03a1e',
    lane: '#1f4d5c',
  },
  dark: {
    paperRaised: '#1d1b17',
    ink: '#ece7de',
    inkMuted: '#b4ab9d',
    rule: '#37332c',
    accent: '#ff8d6b',
    lane: '#8cc7d6',
  },
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
