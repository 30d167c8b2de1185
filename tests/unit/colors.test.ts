import { describe, expect, it } from 'vitest';
import {
  colorTokensCss,
  colorVariable,
  EVIDENCE_BADGES,
  evidenceBadgesCss,
  PALETTES,
  type Palette,
} from '../../src/lib/colors';
import { EVIDENCE_LEVEL_KEYS } from '../../src/lib/taxonomy';
import { site } from '../../src/site.config';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('colour tokens', () => {
  it.each(Object.entries(PALETTES))(
    '%s: text colours keep 4.5:1 on both backgrounds',
    (_name, palette: Palette) => {
      for (const text of [palette.ink, palette.inkMuted, palette.accentStrong])
        for (const background of [palette.paper, palette.paperRaised])
          expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('names the CSS variables after the roles', () => {
    expect(colorVariable('paperRaised')).toBe('--sm-paper-raised');
    expect(colorVariable('ink')).toBe('--sm-ink');
  });

  it('writes every role for every theme, in the theme layer', () => {
    const css = colorTokensCss();
    expect(css.startsWith('@layer theme{:root{color-scheme:light;--sm-paper:#faf7f2;')).toBe(true);
    for (const palette of Object.values(PALETTES))
      for (const [role, value] of Object.entries(palette))
        expect(css).toContain(`${colorVariable(role as keyof Palette)}:${value}`);
    expect(css).toContain('@media (prefers-color-scheme:dark){:root:not([data-theme=light])');
    expect(css).toContain('@media print{');
  });

  it('gives the browser the page colours of each theme', () => {
    expect(site.themeColor).toEqual({ light: PALETTES.light.paper, dark: PALETTES.dark.paper });
  });
});

describe('evidence badges', () => {
  const badges = Object.entries(EVIDENCE_BADGES);

  it('cover exactly the five grades', () => {
    expect(Object.keys(EVIDENCE_BADGES)).toEqual(EVIDENCE_LEVEL_KEYS);
  });

  it.each(['light', 'dark'] as const)(
    '%s theme: each grade keeps 4.5:1 on the page, raised boxes and highlights',
    (theme) => {
      const palette = PALETTES[theme];
      for (const [, badge] of badges)
        for (const background of [palette.paper, palette.paperRaised, palette.accentSoft])
          expect(contrast(badge[theme], background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('never tell grades apart by colour alone: each has its own colour in each theme and its own mark', () => {
    for (const theme of ['light', 'dark'] as const)
      expect(new Set(badges.map(([, badge]) => badge[theme])).size).toBe(badges.length);
    expect(new Set(badges.map(([, badge]) => badge.mark)).size).toBe(badges.length);
  });

  it('writes one rule per grade: its colour per theme and its mark', () => {
    const css = evidenceBadgesCss();
    expect(css).toContain(
      '.evidence-mixed{color:light-dark(#855400,#e8b95e);--evidence-mark:"●○○"}',
    );
    expect(css.match(/\.evidence-[a-z-]+\{/g)).toHaveLength(EVIDENCE_LEVEL_KEYS.length);
  });
});
