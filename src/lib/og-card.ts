import { PALETTES } from './colors';
import { FIGURE_THEMES, figurePalette } from './figure/palettes';

/**
 * The Open Graph card: one pure template for every page, returned as a JSX-shaped element tree
 * (plain `{ type, props }` objects, no JSX runtime needed) that src/og/render.ts hands to takumi.
 * Same input, same picture.
 */

export interface CardInput {
  /** The small line above the title: the topic, or the kind of page. */
  kicker: string;
  title: string;
  siteName: string;
  tagline: string;
  width: number;
  height: number;
  /** A drawing shown on the right (an exercise's figure), as an SVG data URI with its size. */
  figure?: { src: string; width: number; height: number } | undefined;
}

/** A card node: a tag with style and children, the shape of a JSX element. */
export interface CardNode {
  type: string;
  props: {
    style?: Record<string, string | number>;
    children?: (CardNode | string)[] | CardNode | string;
    [key: string]: unknown;
  };
}

const { ink: INK, paper: PAPER, accent: ACCENT, inkMuted: MUTED, rule: RULE } = PALETTES.light;

/**
 * Fixed colours for a figure drawn into a card (a PNG has no theme): the site's light theme.
 * Keys are the figure's paints (src/lib/figure/svg.ts).
 */
export const CARD_FIGURE_COLOURS = figurePalette(FIGURE_THEMES.light, PAPER);

const node = (
  type: string,
  style: Record<string, string | number>,
  children?: CardNode['props']['children'],
  extra: Record<string, unknown> = {},
): CardNode => ({
  type,
  props: { style, ...(children === undefined ? {} : { children }), ...extra },
});

/**
 * Title sizes to try, largest first, in pixels on a 1200 px wide card. A title takes the largest
 * that fits; one too long for the smallest is cut (see `titleLayout`).
 */
export const TITLE_SIZES = [84, 72, 62, 54, 46] as const;
const TITLE_LINE_HEIGHT = 1.08;
/**
 * The height the title may fill on a 1200 x 630 card: what the header, kicker, tagline and the
 * gaps between them leave over (630 less 144 of padding, 56 of header, about 32 of tagline and 49
 * of kicker), less about 35 each side: rendered at 300, six lines crowded the header.
 */
const TITLE_HEIGHT = 280;
/**
 * An average advance of Inter ExtraBold in em, on the safe side: English titles measure 0.52 em
 * per character (from the font's own advances); the margin covers capitals and wide letters.
 */
const AVERAGE_ADVANCE = 0.56;
/** The title column's width on a 1200 px card: narrower when a figure stands on the right. */
export const TITLE_WIDTH = { plain: 900, withFigure: 640 } as const;

export interface TitleLayout {
  /** Font size in pixels at the card's width. */
  fontSize: number;
  /** The most lines the title may take (the renderer clamps to it as a last guard). */
  maxLines: number;
  /** The title as drawn: whole, or cut at a word boundary and ended with an ellipsis. */
  text: string;
}

/** Lines a title takes when words wrap at `perLine` characters; a longer word breaks anywhere. */
function wrapLines(words: string[], perLine: number): string[][] {
  const lines: string[][] = [];
  let line: string[] = [];
  let used = 0;
  for (const word of words) {
    const length = [...word].length;
    const needed = used === 0 ? length : used + 1 + length;
    if (needed <= perLine) {
      line.push(word);
      used = needed;
      continue;
    }
    if (used > 0) lines.push(line);
    // A word longer than a line fills whole lines (the card breaks it anywhere), the rest
    // starts the next.
    const fullLines = Math.floor((length - 1) / perLine);
    for (let index = 0; index < fullLines; index += 1) lines.push([word]);
    line = [word];
    used = length - fullLines * perLine;
  }
  if (used > 0) lines.push(line);
  return lines;
}

/**
 * The title's size, line limit and text for a card `width` pixels wide. The largest size whose
 * estimated wrap fits the title's height wins; a title too long even for the smallest size is cut
 * at the last word boundary that fits, and ends with an ellipsis, so the card never overflows.
 * A single word longer than the space is cut inside the word. Scaled to the card's width so every
 * size keeps the same proportions.
 */
export function titleLayout(
  title: string,
  width: number,
  columnWidth: number = TITLE_WIDTH.plain,
): TitleLayout {
  const unit = width / 1200;
  const words = title.trim().split(/\s+/u).filter(Boolean);
  const fit = (size: number) => {
    const perLine = Math.max(1, Math.floor(columnWidth / (size * AVERAGE_ADVANCE)));
    const maxLines = Math.max(1, Math.floor(TITLE_HEIGHT / (size * TITLE_LINE_HEIGHT)));
    return { perLine, maxLines, lines: wrapLines(words, perLine).length };
  };
  const scaled = (size: number) => Math.round(size * unit);
  for (const size of TITLE_SIZES) {
    const { maxLines, lines } = fit(size);
    if (lines <= maxLines) return { fontSize: scaled(size), maxLines, text: words.join(' ') };
  }
  const smallest = TITLE_SIZES[TITLE_SIZES.length - 1]!;
  const { perLine, maxLines } = fit(smallest);
  return { fontSize: scaled(smallest), maxLines, text: cutTitle(words, perLine, maxLines) };
}

/**
 * The longest start of the title that fits `maxLines` lines of `perLine` characters with an
 * ellipsis after it, cut after a whole word (inside the first word only when that word alone is
 * too long). Trailing punctuation before the cut goes, so it never reads ",…".
 */
function cutTitle(words: string[], perLine: number, maxLines: number): string {
  const ELLIPSIS = '\u2026';
  let kept: string[] = [];
  for (const word of words) {
    const candidate = [...kept, `${word}${ELLIPSIS}`];
    if (wrapLines(candidate, perLine).length > maxLines) break;
    kept = [...kept, word];
  }
  if (kept.length === 0) {
    // One unbroken word longer than the whole space: keep what fits, less room for the ellipsis.
    return `${[...words[0]!].slice(0, perLine * maxLines - 1).join('')}${ELLIPSIS}`;
  }
  return `${kept.join(' ').replace(/[\s,;:.\-\u2013\u2014]+$/u, '')}${ELLIPSIS}`;
}

/**
 * Characters the site accepts in titles but the card's font (Inter) has no glyph for, with what
 * the card draws instead: hyphens and figure dashes become the ASCII hyphen (headings use U+2011
 * to keep "8-week" on one line, src/lib/typography.ts), typographic spaces the spaces Inter has,
 * and invisible joiners and direction marks go.
 */
const CARD_SUBSTITUTES: Record<string, string> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2007': '\u00A0',
  '\u202F': '\u00A0',
  '\u2000': ' ',
  '\u2001': ' ',
  '\u2003': ' ',
  '\u2004': ' ',
  '\u2005': ' ',
  '\u2006': ' ',
  '\u2008': ' ',
  '\u200A': ' ',
  '\u200C': '',
  '\u200D': '',
  '\u200E': '',
  '\u200F': '',
  '\u2060': '',
};

/** A text as the card draws it: `CARD_SUBSTITUTES` applied. */
export function cardText(text: string): string {
  return Array.from(text, (character) => CARD_SUBSTITUTES[character] ?? character).join('');
}

/** What a card can draw, for error messages (the Latin subset of Inter, src/og/fonts.ts). */
export const CARD_TEXT_VALID =
  'Latin letters (with the accents of Western European languages), digits, curly quotes, dashes and common punctuation; no emoji, and no Hebrew, Arabic, Greek, Cyrillic or other scripts';

/**
 * Why a text cannot be drawn on the card (each character the fonts lack, up to five, with its
 * code point), or undefined when it can. `coverage` is the code points the card's fonts draw
 * (src/og/fonts.ts reads them from the font files). Line breaks and tabs are never drawn.
 */
export function cardTextProblem(text: string, coverage: ReadonlySet<number>): string | undefined {
  const missing = [
    ...new Set(
      [...cardText(text)].filter(
        (character) => !/[\t\n\r]/u.test(character) && !coverage.has(character.codePointAt(0)!),
      ),
    ),
  ];
  if (missing.length === 0) return undefined;
  const named = missing
    .slice(0, 5)
    .map(
      (character) =>
        `"${character}" (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`,
    )
    .join(', ');
  const more = missing.length > 5 ? ` and ${missing.length - 5} more` : '';
  return `contains ${named}${more}, which the Open Graph card's font cannot draw (a share would show an empty box instead); remove or replace ${missing.length === 1 ? 'it' : 'them'}. Valid: ${CARD_TEXT_VALID}`;
}

/** The logo mark (same drawing as the site's favicon) as an SVG data URI. */
export function logoDataUri(size: number): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32"><rect width="32" height="32" rx="8" fill="${ACCENT}"/><rect x="6" y="9" width="20" height="14" rx="7" fill="none" stroke="${PAPER}" stroke-width="2.4"/><rect x="3.5" y="14.8" width="25" height="2.4" rx="1.2" fill="${PAPER}"/><rect x="8.5" y="11.5" width="3" height="9" rx="1" fill="${PAPER}"/><rect x="20.5" y="11.5" width="3" height="9" rx="1" fill="${PAPER}"/></svg>`;
  return `data:image/svg+xml;base64,${btoa(svg)}`;
}

/** The card's element tree. */
export function ogCard(input: CardInput): CardNode {
  const unit = input.width / 1200;
  const pad = Math.round(72 * unit);
  const lanes = [0, 1, 2].map((lane) =>
    node('div', {
      position: 'absolute',
      right: Math.round((-260 + lane * 34) * unit),
      bottom: Math.round((-220 + lane * 34) * unit),
      width: Math.round((620 - lane * 68) * unit),
      height: Math.round((440 - lane * 68) * unit),
      borderRadius: Math.round((220 - lane * 34) * unit),
      border: `${Math.max(2, Math.round(6 * unit))}px solid ${lane === 0 ? ACCENT : RULE}`,
    }),
  );
  const title = titleLayout(
    cardText(input.title),
    input.width,
    input.figure ? TITLE_WIDTH.withFigure : TITLE_WIDTH.plain,
  );
  const content = node(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      width: '100%',
      height: '100%',
      padding: pad,
      boxSizing: 'border-box',
    },
    [
      node('div', { display: 'flex', alignItems: 'center', gap: Math.round(18 * unit) }, [
        node('img', { width: Math.round(56 * unit), height: Math.round(56 * unit) }, undefined, {
          src: logoDataUri(Math.round(56 * unit)),
          width: Math.round(56 * unit),
          height: Math.round(56 * unit),
        }),
        node(
          'div',
          { fontSize: Math.round(34 * unit), fontWeight: 800, letterSpacing: -0.5 },
          cardText(input.siteName),
        ),
      ]),
      node(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          gap: Math.round(20 * unit),
          maxWidth: Math.round((input.figure ? TITLE_WIDTH.withFigure : TITLE_WIDTH.plain) * unit),
        },
        [
          node(
            'div',
            {
              fontSize: Math.round(24 * unit),
              fontWeight: 800,
              color: ACCENT,
              letterSpacing: 3,
              textTransform: 'uppercase',
            },
            cardText(input.kicker),
          ),
          node(
            'div',
            {
              fontSize: title.fontSize,
              fontWeight: 800,
              lineHeight: TITLE_LINE_HEIGHT,
              letterSpacing: -1.5,
              // Last guards behind the estimate in titleLayout: a word wider than the column
              // breaks anywhere, and a line past the limit is hidden, never drawn over the tagline.
              overflowWrap: 'anywhere',
              lineClamp: title.maxLines,
              textOverflow: 'ellipsis',
              overflow: 'hidden',
            },
            title.text,
          ),
        ],
      ),
      node(
        'div',
        { fontSize: Math.round(26 * unit), color: MUTED, fontWeight: 500 },
        cardText(input.tagline),
      ),
    ],
  );
  // The running-track motif sits in its own layer behind the text, so it never affects layout;
  // an exercise's figure stands over it on the right, in a box that keeps the title clear.
  const figureBox = { width: Math.round(400 * unit), height: input.height - 2 * pad };
  const figure = input.figure
    ? (() => {
        const scale = Math.min(
          figureBox.width / input.figure.width,
          figureBox.height / input.figure.height,
        );
        const width = Math.round(input.figure.width * scale);
        const height = Math.round(input.figure.height * scale);
        return node(
          'img',
          {
            position: 'absolute',
            right: pad,
            top: Math.round((input.height - height) / 2),
            width,
            height,
          },
          undefined,
          { src: input.figure.src, width, height },
        );
      })()
    : undefined;
  const motif = node(
    'div',
    { position: 'absolute', top: 0, left: 0, width: '100%', height: '100%', display: 'flex' },
    figure ? [...lanes, figure] : lanes,
  );
  return node(
    'div',
    {
      width: input.width,
      height: input.height,
      display: 'flex',
      position: 'relative',
      overflow: 'hidden',
      backgroundColor: PAPER,
      color: INK,
      fontFamily: 'Inter',
      borderLeft: `${Math.round(18 * unit)}px solid ${ACCENT}`,
    },
    [motif, content],
  );
}
