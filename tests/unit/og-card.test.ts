import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cardText,
  cardTextProblem,
  ogCard,
  TITLE_SIZES,
  TITLE_WIDTH,
  titleLayout,
  type CardNode,
} from '../../src/lib/og-card';
import { CARD_COVERAGE } from '../../src/og/fonts';
import {
  cacheStats,
  cardCacheFile,
  RENDERER_ID,
  renderCard,
  startCards,
} from '../../src/og/render';
import { TOPICS } from '../../src/lib/taxonomy';
import { site } from '../../src/site.config';
import { ui } from '../../src/ui';
import { pngProblem } from '../../tools/lib/cache-files';

const input = {
  kicker: 'Exercise library',
  title: 'Single-leg Romanian deadlift',
  siteName: 'Strong Miles',
  tagline: 'Strength training for runners, backed by evidence',
  width: 1200,
  height: 630,
};

/** All text in a card tree, in order. */
function texts(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  if (children === undefined) return [];
  return (Array.isArray(children) ? children : [children]).flatMap(texts);
}

/** Width and height from a PNG header. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('og card template', () => {
  it('shows the site name, kicker, title and tagline', () => {
    expect(texts(ogCard(input))).toEqual([
      input.siteName,
      input.kicker,
      input.title,
      input.tagline,
    ]);
  });

  it.each([
    ['Short title', 1200, 84, 3],
    ['Strength training and running economy: what the research', 1200, 72, 3],
    ['8-week home strength plan for runners: one dumbbell, a band and a mat', 1200, 62, 4],
    ['Short title', 600, 42, 3],
  ])(
    'title %j at width %i uses %ipx type, at most %i lines, uncut',
    (title, width, size, lines) => {
      expect(titleLayout(title, width)).toEqual({ fontSize: size, maxLines: lines, text: title });
    },
  );

  it('steps down in size as the title grows, never up', () => {
    const sizes = [10, 30, 50, 70, 90, 110, 130, 150].map(
      (length) => titleLayout('word '.repeat(length / 5).trim(), 1200).fontSize,
    );
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(new Set(sizes).size).toBeGreaterThan(3);
  });

  it('uses a smaller size in the narrower column beside a figure', () => {
    const title = 'A strength-training program for runners: 8-week plan';
    expect(titleLayout(title, 1200, TITLE_WIDTH.withFigure).fontSize).toBeLessThan(
      titleLayout(title, 1200, TITLE_WIDTH.plain).fontSize,
    );
  });

  it('cuts a 300-character title after a whole word, with an ellipsis', () => {
    const words = 'tendon stiffness and running economy in trained runners'.split(' ');
    const title = Array.from({ length: 60 }, (_, index) => words[index % words.length]).join(' ');
    const layout = titleLayout(title.slice(0, 300), 1200);
    expect(layout.fontSize).toBe(TITLE_SIZES.at(-1));
    expect(layout.text.endsWith('\u2026')).toBe(true);
    expect(layout.text.length).toBeLessThan(300);
    const kept = layout.text.slice(0, -1);
    // Every kept word is whole: the text before the ellipsis is a start of the title, ending
    // where the title has a space.
    expect(title.startsWith(kept)).toBe(true);
    expect(title[kept.length]).toBe(' ');
  });

  it('drops punctuation left before the ellipsis', () => {
    const title = `${'runners, '.repeat(60)}end`;
    expect(titleLayout(title, 1200).text).toMatch(/runners\u2026$/);
  });

  it('cuts a 5,000-character unbroken word inside the word', () => {
    const layout = titleLayout('x'.repeat(5000), 1200);
    expect(layout.text).toMatch(/^x+\u2026$/);
    expect(layout.text.length).toBeLessThan(300);
  });

  it('gives the card the layout, the clamp and breaking anywhere as guards', () => {
    const card = ogCard({ ...input, title: 'x'.repeat(5000) });
    const titleNode = JSON.stringify(card).match(
      /"style":\{[^}]*"lineClamp"[^}]*\},"children":"x+\u2026"/,
    );
    expect(titleNode?.[0]).toContain('"overflowWrap":"anywhere"');
  });
});

describe('card glyph coverage', () => {
  it('reads what the fonts draw from the font files themselves', () => {
    // Inter's Latin subset has curly quotes and the en dash but no non-breaking hyphen: a list
    // written by hand (or the subset's unicode-range, which spans U+2000-206F) would not know.
    for (const character of 'Az09 \u00E9\u201C\u201D\u2019\u2013\u2014\u2026\u00A0')
      expect(CARD_COVERAGE.has(character.codePointAt(0)!), character).toBe(true);
    for (const code of [0x2011, 0x1f4aa, 0x05d0, 0x0627])
      expect(CARD_COVERAGE.has(code)).toBe(false);
  });

  it('draws a non-breaking hyphen and odd spaces with the glyphs the font has', () => {
    expect(cardText('8\u2011week\u202Fplan\u2009now\u200D')).toBe('8-week\u00A0plan\u2009now');
    expect(
      cardTextProblem('8\u2011week plan \u201Cfor runners\u201D \u2013 2\u20133', CARD_COVERAGE),
    ).toBeUndefined();
  });

  it('names each character the card cannot draw, once, with its code point and what is valid', () => {
    expect(cardTextProblem('Lift \u{1F4AA}\u{1F4AA} \u05E9', CARD_COVERAGE)).toMatch(
      /^contains "\u{1F4AA}" \(U\+1F4AA\), "\u05E9" \(U\+05E9\), which the Open Graph card's font cannot draw .*Valid: Latin letters/u,
    );
  });

  it('passes every kicker, the site name and the tagline the site draws on cards', () => {
    const texts = [
      site.name,
      site.tagline,
      ui.siteCardKicker,
      ui.siteCardTitle,
      ui.exerciseLibrary,
      ui.topic,
      ui.program,
      ...Object.values(TOPICS).map((topic) => topic.label),
    ];
    for (const text of texts) expect(cardTextProblem(text, CARD_COVERAGE), text).toBeUndefined();
  });
});

describe('renderCard', { timeout: 30_000 }, () => {
  let cacheDir: string;
  beforeEach(() => {
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'og-cache-'));
  });
  afterEach(() => {
    rmSync(cacheDir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it('renders a whole 1200x630 PNG under 150 KB', async () => {
    const png = await renderCard(input, cacheDir);
    expect(pngProblem(png, { width: 1200, height: 630 })).toBeUndefined();
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(150 * 1024);
  });

  it('refuses a card whose text its fonts cannot draw, naming the field', async () => {
    await expect(renderCard({ ...input, tagline: 'Strong \u{1F3C3}' }, cacheDir)).rejects.toThrow(
      /card "Single-leg Romanian deadlift": its tagline "Strong \u{1F3C3}" contains "\u{1F3C3}" \(U\+1F3C3\)/u,
    );
  });

  it('names the renderer and its version, which the cache key includes', () => {
    expect(RENDERER_ID).toMatch(/^@takumi-rs\/core@\d+\.\d+\.\d+$/);
    expect(cardCacheFile(input, cacheDir)).toMatch(/[0-9a-f]{64}\.png$/);
  });

  it('serves an unchanged card from the cache', async () => {
    const first = await renderCard(input, cacheDir);
    const hits = cacheStats.hits;
    expect(await renderCard(input, cacheDir)).toEqual(first);
    expect(cacheStats.hits).toBe(hits + 1);
  });

  it('draws started cards in the background, each once, for renderCard to take', async () => {
    const other = { ...input, title: 'Copenhagen plank' };
    const misses = cacheStats.misses;
    startCards([input, other], cacheDir);
    // Both are drawn and cached without anyone asking for them yet.
    await vi.waitFor(() => expect(existsSync(cardCacheFile(other, cacheDir))).toBe(true), {
      timeout: 20_000,
    });
    expect(cacheStats.misses).toBe(misses + 2);
    const hits = cacheStats.hits;
    const png = await renderCard(other, cacheDir);
    expect(png).toEqual(readFileSync(cardCacheFile(other, cacheDir)));
    // Taken from the started render, not read again from the cache or drawn again.
    expect(cacheStats.hits).toBe(hits);
    expect(cacheStats.misses).toBe(misses + 2);
    // Taken once: the next request is an ordinary cache read.
    await renderCard(other, cacheDir);
    expect(cacheStats.hits).toBe(hits + 1);
  });

  it("keeps a started card's failure for its own renderCard, and draws the rest", async () => {
    const bad = { ...input, title: 'Plank \u{1F3C3}' };
    startCards([bad, input], cacheDir);
    await expect(renderCard(bad, cacheDir)).rejects.toThrow(/its title "Plank \u{1F3C3}"/u);
    expect(pngProblem(await renderCard(input, cacheDir))).toBeUndefined();
  });

  it.each([
    ['a truncated', (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2))],
    ['an empty', (file: string) => writeFileSync(file, '')],
    [
      'a flipped-byte',
      (file: string) => {
        const bytes = readFileSync(file);
        bytes[bytes.length >> 1]! ^= 0xff;
        writeFileSync(file, bytes);
      },
    ],
  ])('renders %s cache entry again, with a note, and never returns it', async (_, damage) => {
    const good = await renderCard(input, cacheDir);
    const file = cardCacheFile(input, cacheDir);
    damage(file);
    expect(pngProblem(readFileSync(file))).toBeDefined();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

    const again = await renderCard(input, cacheDir);
    expect(again).toEqual(good);
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0]![0])).toMatch(/damaged .*rendering it again/);
    // The entry itself was replaced, so the next build reads a good one.
    expect(readFileSync(file)).toEqual(good);
  });
});
