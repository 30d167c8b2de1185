import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURE_THEMES, figurePalette, mixColours } from '../../src/lib/figure/palettes';
import { paintRules } from '../../src/lib/figure/svg';

/**
 * The fixed colours of figure images must stay the theme's colours: an image cannot read the
 * page's custom properties, so a changed token in global.css has to be changed here too.
 */

const css = readFileSync(path.resolve(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

function tokens(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/--sm-([a-z-]+):\s*(#[0-9a-f]{6});/g)].map((match) => [
      match[1]!.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()),
      match[2]!,
    ]),
  );
}

describe('figure palettes', () => {
  it.each([
    ['light', ':root'],
    ['dark', ":root[data-theme='dark']"],
  ] as const)('the %s colours are the theme tokens of global.css', (theme, selector) => {
    const fromCss = tokens(selector);
    for (const [name, value] of Object.entries(FIGURE_THEMES[theme])) {
      expect(value, `--sm-${name}`).toBe(fromCss[name]);
    }
  });

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
