import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_THEMES, figurePalette, mixColours } from '../../src/lib/figure/palettes';
import { paintRules } from '../../src/lib/figure/svg';

/**
 * Figure images carry fixed colours (an image cannot read the page's custom properties): the
 * site's palettes, mixed with the shares src/components/figure.css gives color-mix(), so a
 * drawing looks the same as an image and inline.
 */

const css = readFileSync(
  path.resolve(import.meta.dirname, '../../src/components/figure.css'),
  'utf8',
);

/** The share (0-1) of the first colour in figure.css's `color-mix(in srgb, var(--sm-<first>) N%, ...)`. */
function cssShare(first: string, second: string): number {
  const match = new RegExp(
    `color-mix\\(in srgb, var\\(--sm-${first}\\) (\\d+)%, var\\(--${second}`,
  ).exec(css);
  expect(match, `${first} with ${second}`).not.toBeNull();
  return Number(match![1]) / 100;
}

describe('figure palettes', () => {
  it.each(['light', 'dark'] as const)(
    'the %s file palette mixes the site colours as figure.css does',
    (theme) => {
      const colours = FIGURE_THEMES[theme];
      const palette = figurePalette(colours, colours.paperRaised);
      expect(palette.near).toBe(colours.lane);
      expect(palette.far).toBe(
        mixColours(colours.lane, cssShare('lane', 'fig-bg'), colours.paperRaised),
      );
      expect(palette.mat).toBe(
        mixColours(colours.rule, cssShare('rule', 'sm-ink-muted'), colours.inkMuted),
      );
    },
  );

  it('mixes like CSS color-mix in sRGB', () => {
    expect(mixColours('#000000', 0.5, '#ffffff')).toBe('#808080');
    expect(mixColours('#1f4d5c', 1, '#ffffff')).toBe('#1f4d5c');
    expect(mixColours('#1f4d5c', 0, '#ffffff')).toBe('#ffffff');
  });

  it('paints the far limbs between the body colour and the background', () => {
    const palette = figurePalette(FIGURE_THEMES.dark, FIGURE_THEMES.dark.paperRaised);
    expect(palette.near).toBe(FIGURE_THEMES.dark.lane);
    expect(palette.halo).toBe(FIGURE_THEMES.dark.paperRaised);
    expect(palette.far).toBe(
      mixColours(FIGURE_THEMES.dark.lane, 0.42, FIGURE_THEMES.dark.paperRaised),
    );
    expect(palette.far).not.toBe(palette.near);
  });
});

describe('paint rules', () => {
  it('give each paint class the properties its fixed-colour attributes would', () => {
    const palette = figurePalette(FIGURE_THEMES.light, '#ffffff');
    const css = paintRules(palette);
    expect(css).toContain(`.fg-n{fill:${palette.near}}`);
    expect(css).toContain(
      `.fg-h{fill:#ffffff;stroke:#ffffff;stroke-width:2.4;stroke-linejoin:round}`,
    );
    expect(css).toContain(`.fg-a{fill:none;stroke:${palette.arrow};stroke-width:1.6;`);
    expect(css.match(/\.fg-[a-z]\{/g)).toHaveLength(11);
  });
});
