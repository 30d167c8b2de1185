import { describe, expect, it } from 'vitest';
import { ogCard, titleFontSize, type CardNode } from '../../src/lib/og-card';
import { renderCard } from '../../src/og/render';

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
    ['Short title', 1200, 84],
    ['Strength training and running economy: what the research', 1200, 72],
    ['A strength-training program for runners: 8-week plan and maintenance', 1200, 62],
    ['x'.repeat(100), 1200, 54],
    ['Short title', 600, 42],
  ])('title %j at width %i uses %ipx type', (title, width, size) => {
    expect(titleFontSize(title, width)).toBe(size);
  });
});

describe('renderCard', { timeout: 30_000 }, () => {
  it.each([
    [1200, 630],
    [1200, 1200],
  ])('renders a %ix%i PNG under 150 KB', async (width, height) => {
    const png = await renderCard({ ...input, width, height });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual({ width, height });
    expect(png.length).toBeLessThan(150 * 1024);
  });
});
