import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import { ogCard, type CardInput } from '../lib/og-card';

/**
 * Renders Open Graph cards to PNG with satori and resvg, with fonts from the @fontsource/inter
 * package (never fetched). A content-hash cache in Astro's cache folder means an unchanged card
 * is never rendered twice: the key covers the card's whole element tree and the font files.
 */

const require = createRequire(import.meta.url);
const fontFile = (weight: number) =>
  require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);

const FONTS = [500, 800].map((weight) => ({
  name: 'Inter',
  weight: weight as 500 | 800,
  style: 'normal' as const,
  data: readFileSync(fontFile(weight)),
}));
const FONTS_HASH = createHash('sha256')
  .update(
    FONTS.map((font) => font.data).reduce(
      (all, data) => Buffer.concat([all, data]),
      Buffer.alloc(0),
    ),
  )
  .digest('hex');

/**
 * In Astro's cache folder (node_modules/.astro), so `rm -rf node_modules` also clears it.
 * `OG_CACHE_DIR` moves it: the build benchmark builds a copy of the project whose
 * node_modules links to this one, and must not read or fill this project's cache.
 */
const CACHE_DIR = path.resolve(process.env.OG_CACHE_DIR ?? 'node_modules/.astro/og-cache');

/** Counts for the build log and the benchmark: how many cards came from the cache. */
export const cacheStats = { hits: 0, misses: 0 };

/** The card as PNG bytes, from the cache when the same card was rendered before. */
export async function renderCard(input: CardInput): Promise<Buffer> {
  const tree = ogCard(input);
  const key = createHash('sha256').update(JSON.stringify(tree)).update(FONTS_HASH).digest('hex');
  const cached = path.join(CACHE_DIR, `${key}.png`);
  if (existsSync(cached)) {
    cacheStats.hits += 1;
    return readFileSync(cached);
  }
  // satori's types expect React elements; our plain element tree has the same shape.
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: input.width,
    height: input.height,
    fonts: FONTS,
  });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: input.width } }).render().asPng();
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, png);
  cacheStats.misses += 1;
  return Buffer.from(png);
}
