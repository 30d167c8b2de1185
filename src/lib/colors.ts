/**
 * The site's colours, once. The stylesheet gets them as CSS variables (`--sm-paper`, ...,
 * written by src/integrations/color-tokens/), the Open Graph cards and the logo mark draw with
 * them (src/lib/og-card.ts) and the site config takes the browser's theme colours from them.
 * Each text colour keeps at least 4.5:1 contrast on its own background.
 */
import type { EvidenceLevel } from './taxonomy';

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

/**
 * Each evidence grade's badge: its colour (text, mark and outline) in the light and the dark
 * theme, and its mark, so the colour is never the only sign. The marks read as a scale for the
 * four research grades (three filled dots down to none) and a diamond for coaching practice,
 * which no trial has graded. Like the text colours above, each colour keeps 4.5:1 on the page,
 * the raised boxes (key takeaways) and the highlight, and no two grades share a colour or mark.
 */
export const EVIDENCE_BADGES = {
  'well-supported': { light: '#1d6b35', dark: '#86d19a', mark: '●●●' },
  limited: { light: '#1f5a8a', dark: '#94c2ea', mark: '●●○' },
  mixed: { light: '#855400', dark: '#e8b95e', mark: '●○○' },
  weak: { light: '#a3261b', dark: '#ff9d8c', mark: '○○○' },
  'coaching-practice': { light: '#6a4a8c', dark: '#c7a9e6', mark: '◆' },
} as const satisfies Record<EvidenceLevel, { light: string; dark: string; mark: string }>;

/**
 * One rule per grade, for the badge's class (src/components/EvidenceLabel.astro):
 * `.evidence-mixed{color:light-dark(#855400,#e8b95e);--evidence-mark:"●○○"}`. `light-dark()`
 * follows the `color-scheme` each theme sets on the root (print sets light), so a grade costs
 * one short rule rather than a variable in every theme of every page, and pages without badges
 * drop the rules (src/integrations/prune-css/).
 */
export function evidenceBadgesCss(): string {
  const rules = Object.entries(EVIDENCE_BADGES).map(
    ([level, { light, dark, mark }]) =>
      `.evidence-${level}{color:light-dark(${light},${dark});--evidence-mark:"${mark}"}`,
  );
  return `@layer components{${rules.join('')}}`;
}
