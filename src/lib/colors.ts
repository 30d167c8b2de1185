/**
 * The site's colours, once. The stylesheet gets them as CSS variables (`--sm-paper`, ...,
 * written by src/integrations/color-tokens/), the Open Graph cards and the logo mark draw with
 * them (src/lib/og-card.ts) and the site config takes the browser's theme colours from them.
 * Each text colour keeps at least 4.5:1 contrast on its own background.
 */

/** One theme: a colour for each role. */
export interface Palette {
  /** The page background. */
  paper: string;
  /** Boxes raised from the page: callouts, the footer, form fields. */
  paperRaised: string;
  /** Body text. */
  ink: string;
  /** Secondary text: dates, captions, labels. */
  inkMuted: string;
  /** Hairlines and borders. */
  rule: string;
  /** The brand red: markers, focus rings, the logo. */
  accent: string;
  /** The red for text and links (stronger contrast). */
  accentStrong: string;
  /** A pale red behind highlighted text. */
  accentSoft: string;
  /** The second colour of the muscle map and charts. */
  lane: string;
}

export const PALETTES = {
  light: {
    paper: '#faf7f2',
    paperRaised: '#ffffff',
    ink: '#1c1a17',
    inkMuted: '#5b554c',
    rule: '#e2dbcf',
    accent: '#b03a1e',
    accentStrong: '#8a2a12',
    accentSoft: '#f6e3da',
    lane: '#1f4d5c',
  },
  dark: {
    paper: '#14130f',
    paperRaised: '#1d1b17',
    ink: '#ece7de',
    inkMuted: '#b4ab9d',
    rule: '#37332c',
    accent: '#ff8d6b',
    accentStrong: '#ffb39b',
    accentSoft: '#3a2119',
    lane: '#8cc7d6',
  },
  /** Paper: black on white whatever the screen theme, the accent kept for markers. */
  print: {
    paper: '#ffffff',
    paperRaised: '#ffffff',
    ink: '#000000',
    inkMuted: '#333333',
    rule: '#bbbbbb',
    accent: '#8a2a12',
    accentStrong: '#000000',
    accentSoft: '#ffffff',
    lane: '#000000',
  },
} as const satisfies Record<string, Palette>;

/** The CSS variable of a colour role: `paperRaised` -> `--sm-paper-raised`. */
export function colorVariable(role: keyof Palette): string {
  return `--sm-${role.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/** A theme as CSS declarations, `color-scheme` first: `color-scheme:light;--sm-paper:#faf7f2;...`. */
function declarations(scheme: 'light' | 'dark', palette: Palette): string {
  const variables = (Object.keys(palette) as (keyof Palette)[]).map(
    (role) => `${colorVariable(role)}:${palette[role]}`,
  );
  return [`color-scheme:${scheme}`, ...variables].join(';');
}

/**
 * The colour variables for every theme, in the theme layer: light by default, dark when the
 * reader chose it (`data-theme`, set before the first paint) or the system prefers it and the
 * reader did not choose light, and the print palette on paper.
 */
export function colorTokensCss(): string {
  const dark = declarations('dark', PALETTES.dark);
  return [
    '@layer theme{',
    `:root{${declarations('light', PALETTES.light)}}`,
    `:root[data-theme=dark]{${dark}}`,
    `@media (prefers-color-scheme:dark){:root:not([data-theme=light]){${dark}}}`,
    `@media print{:root,:root:not([data-theme=light]),:root[data-theme=dark]{${declarations('light', PALETTES.print)}}}`,
    '}',
  ].join('');
}
