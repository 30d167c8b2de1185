import { Renderer } from '@takumi-rs/core';
import { fromJsx } from '@takumi-rs/helpers/jsx';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pngProblem, writeFileAtomic } from '../../tools/lib/cache-files.ts';
import { cardTextProblem, ogCard, type CardInput } from '../lib/og-card';
import { CARD_COVERAGE, CARD_FONTS } from './fonts';

/**
 * Renders Open Graph cards to PNG with takumi (a Rust renderer: about a fifth of the time of
 * satori + resvg per card, PNGs less than half the size, and no memory kept per card), with fonts
 * from the @fontsource/inter package (never fetched). A content-hash cache in Astro's cache folder
 * means an unchanged card is never rendered twice: the key covers the card's whole element tree,
 * the font files and the renderer's name and version, since another version may draw differently.
 */

const require = createRequire(import.meta.url);

const FONTS_HASH = createHash('sha256')
  .update(Buffer.concat(CARD_FONTS.map((font) => font.data)))
  .digest('hex');

/**
 * The renderer package as `name@version`, from its package.json, found by walking up from its
 * entry file (the package's exports do not include package.json).
 */
function packageId(name: string): string {
  let folder = path.dirname(require.resolve(name));
  while (folder !== path.dirname(folder)) {
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest)) {
      const json = JSON.parse(readFileSync(manifest, 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (json.name === name && json.version) return `${name}@${json.version}`;
    }
    folder = path.dirname(folder);
  }
  throw new Error(`No package.json naming ${name} above ${require.resolve(name)}.`);
}

export const RENDERER_ID = packageId('@takumi-rs/core');

/**
 * One renderer for the whole build, its fonts registered once (registering per card would parse
 * the fonts again each time).
 */
let renderer: Promise<Renderer> | undefined;
function getRenderer(): Promise<Renderer> {
  renderer ??= (async () => {
    const created = new Renderer();
    for (const font of CARD_FONTS)
      await created.registerFont({
        name: font.name,
        weight: font.weight,
        style: 'normal',
        data: font.data,
      });
    return created;
  })();
  return renderer;
}

/**
 * In Astro's cache folder (node_modules/.astro), so `rm -rf node_modules` also clears it.
 * `OG_CACHE_DIR` moves it: the build benchmark builds a copy of the project whose
 * node_modules links to this one, and must not read or fill this project's cache.
 */
const CACHE_DIR = path.resolve(process.env.OG_CACHE_DIR ?? 'node_modules/.astro/og-cache');

/**
 * Counts for the build log and the benchmark: how many cards came from the cache, and how many
 * cached cards were damaged and rendered again.
 */
export const cacheStats = { hits: 0, misses: 0, rebuilt: 0 };

/**
 * Refuses a card with text its fonts cannot draw. Content titles are checked earlier, by their
 * schemas (with file and field); this catches text from code and config (kickers, the tagline).
 */
function assertDrawable(input: CardInput): void {
  for (const field of ['kicker', 'title', 'siteName', 'tagline'] as const) {
    const problem = cardTextProblem(input[field], CARD_COVERAGE);
    if (problem)
      throw new Error(
        `Open Graph card "${input.title}": its ${field} "${input[field]}" ${problem}`,
      );
  }
}

/** Renders a card without the cache. */
export async function renderCardUncached(input: CardInput): Promise<Buffer> {
  assertDrawable(input);
  // The card tree is plain `{ type, props }` objects, the shape fromJsx reads; no default
  // (browser) styles, so the card looks as its own styles say, as it did with satori.
  const { node, css } = await fromJsx(ogCard(input) as Parameters<typeof fromJsx>[0], {
    defaultStyles: false,
  });
  return (await getRenderer()).render(node, {
    width: input.width,
    height: input.height,
    format: 'png',
    css,
  });
}

/** The cache file a card is kept in (exported for the tests that damage it). */
export function cardCacheFile(input: CardInput, cacheDir = CACHE_DIR): string {
  const key = createHash('sha256')
    .update(JSON.stringify(ogCard(input)))
    .update(FONTS_HASH)
    .update(RENDERER_ID)
    .digest('hex');
  return path.join(cacheDir, `${key}.png`);
}

/**
 * The card as PNG bytes, from the cache when the same card was rendered before. A cached entry is
 * checked (a whole PNG of the card's size) before it is used; a damaged one is rendered again and
 * replaced, with a line in the build log.
 */
export async function renderCard(input: CardInput, cacheDir = CACHE_DIR): Promise<Buffer> {
  const key = startedKey(input, cacheDir);
  const early = started.get(key);
  if (early) {
    started.delete(key);
    return early;
  }
  return renderOrReadCard(input, cacheDir);
}

async function renderOrReadCard(input: CardInput, cacheDir: string): Promise<Buffer> {
  assertDrawable(input);
  const cached = cardCacheFile(input, cacheDir);
  const size = { width: input.width, height: input.height };
  if (existsSync(cached)) {
    const png = await readFile(cached);
    const problem = pngProblem(png, size);
    if (problem === undefined) {
      cacheStats.hits += 1;
      return png;
    }
    cacheStats.rebuilt += 1;
    // Astro prints each page's path and then its time on one line: start a line of our own.
    console.warn(
      `\n[og] cached card ${path.basename(cached)} for "${input.title}" is damaged (${problem}); rendering it again`,
    );
  }
  const png = await renderCardUncached(input);
  // Never cache (or ship) what the renderer itself got wrong.
  const problem = pngProblem(png, size);
  if (problem !== undefined)
    throw new Error(`${RENDERER_ID} rendered a broken card for "${input.title}": ${problem}`);
  await mkdir(cacheDir, { recursive: true });
  await writeFileAtomic(cached, png);
  cacheStats.misses += 1;
  return png;
}

/** Cards started before their page is generated (startCards), until renderCard takes them. */
const started = new Map<string, Promise<Buffer>>();
const startedKey = (input: CardInput, cacheDir: string) => `${cacheDir}\n${JSON.stringify(input)}`;

/**
 * Starts rendering cards in the background, one at a time, in order, so that renderCard for each
 * later finds its card ready (or on its way). takumi draws on a thread of its own, so the cards
 * take the second core while Astro renders the pages on the first, instead of waiting until
 * Astro reaches the card endpoints, which it does last (issue 21: the cards went off the build's
 * critical path). A failure is kept for renderCard to throw, on the card's own page.
 */
export function startCards(inputs: readonly CardInput[], cacheDir = CACHE_DIR): void {
  let previous: Promise<unknown> = Promise.resolve();
  for (const input of inputs) {
    const key = startedKey(input, cacheDir);
    if (started.has(key)) continue;
    const card = previous.then(() => renderOrReadCard(input, cacheDir));
    // Not yet awaited by anyone: a rejection is handled when renderCard takes the card.
    card.catch(() => undefined);
    previous = card.catch(() => undefined);
    started.set(key, card);
  }
}
