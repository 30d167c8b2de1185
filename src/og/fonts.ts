import { create } from 'fontkitten';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The fonts an Open Graph card is drawn with, and the characters they can draw. Both come from
 * the same files, so the build's check of card text (src/lib/og-card.ts, `cardTextProblem`) can
 * never disagree with what the renderer registers: a character outside the fonts' character maps
 * would be drawn as an empty "no glyph" box.
 */

const require = createRequire(import.meta.url);

/** Inter's Latin subset: the site is written in English. */
const fontFile = (weight: number) =>
  require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);

/** The card's weights: 500 for the tagline, 800 for the name, kicker and title. */
export const CARD_FONTS = [500, 800].map((weight) => ({
  name: 'Inter',
  weight,
  data: readFileSync(fontFile(weight)),
}));

/**
 * The code points every card font has a glyph for (read from each file's character map by
 * fontkitten, which decodes WOFF2), so a text passes only when every weight can draw it.
 */
export const CARD_COVERAGE: ReadonlySet<number> = (() => {
  const [first, ...rest] = CARD_FONTS.map((font) => {
    const parsed = create(font.data);
    if (!('characterSet' in parsed)) throw new Error(`Inter ${font.weight} is a font collection`);
    return new Set(parsed.characterSet);
  });
  return new Set([...first!].filter((code) => rest.every((set) => set.has(code))));
})();
