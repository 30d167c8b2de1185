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
 * Title size: long titles shrink so they fit in at most four lines; words are never split.
 * Scaled to the card's width so the square and 4:3 versions keep the same proportions.
 */
export function titleFontSize(title: string, width: number): number {
  const base = title.length <= 36 ? 84 : title.length <= 60 ? 72 : title.length <= 85 ? 62 : 54;
  return Math.round((base * width) / 1200);
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
          input.siteName,
        ),
      ]),
      node(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          gap: Math.round(20 * unit),
          maxWidth: Math.round((input.figure ? 640 : 900) * unit),
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
            input.kicker,
          ),
          node(
            'div',
            {
              fontSize: titleFontSize(input.title, input.width),
              fontWeight: 800,
              lineHeight: 1.08,
              letterSpacing: -1.5,
            },
            input.title,
          ),
        ],
      ),
      node(
        'div',
        { fontSize: Math.round(26 * unit), color: MUTED, fontWeight: 500 },
        input.tagline,
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
