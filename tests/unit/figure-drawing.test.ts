import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureSet, positionImage, positionSvg, type FigureInput } from '../../src/lib/figure';
import { motionFrames, reversible } from '../../src/lib/figure/animation';
import { buildScene } from '../../src/lib/figure/scene';
import { PAINT, partTransform } from '../../src/lib/figure/svg';
import { CARD_FIGURE_COLOURS } from '../../src/lib/og-card';
import { positionsSchema } from '../../src/schemas/pose';

/** An exercise from content/ as the figure code reads it. */
function exercise(id: string): FigureInput {
  const text = readFileSync(
    path.resolve(import.meta.dirname, `../../content/exercises/${id}.md`),
    'utf8',
  );
  const data = parseFrontmatter(text).frontmatter as {
    name: string;
    cues: string[];
    positions: unknown;
  };
  return { name: data.name, cues: data.cues, positions: positionsSchema.parse(data.positions) };
}

const ids = readdirSync(path.resolve(import.meta.dirname, '../../content/exercises'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.replace(/\.md$/, ''));

describe('figure markup', () => {
  it.each(ids)('%s: SVG with no style attributes, painted only by the figure classes', (id) => {
    const set = figureSet(exercise(id));
    const markup = [
      set.animation.svg,
      ...set.stills.flatMap((still) => [still.svg, still.live]),
    ].join('');
    expect(markup).not.toMatch(/\sstyle=/);
    expect(markup).not.toMatch(/\s(fill|stroke)="#/);
    const classes = new Set(
      [...markup.matchAll(/class="([^"]+)"/g)].flatMap((m) => m[1]!.split(' ')),
    );
    const allowed = new Set<string>([...Object.values(PAINT), 'fig-svg']);
    for (const name of classes)
      expect(allowed.has(name) || /^fa(\d+|p\d+|s)?$/.test(name)).toBe(true);
    expect(set.stills.length).toBeGreaterThanOrEqual(2);
    for (const still of set.stills)
      expect(still.description).toMatch(new RegExp(`^${still.label}: \\w`));
  });

  it('paints the Open Graph drawing with fixed colours, since a PNG has no theme', () => {
    const svg = positionSvg(exercise('goblet-squat'), 'bottom', { palette: CARD_FIGURE_COLOURS });
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain(`fill="${CARD_FIGURE_COLOURS.near}"`);
    expect(svg).not.toContain('class="fg-');
  });

  it('makes an article image carry both themes, dark under the dark colour scheme', () => {
    const light = { ...CARD_FIGURE_COLOURS, near: '#111111' };
    const dark = { ...CARD_FIGURE_COLOURS, near: '#eeeeee' };
    const image = positionImage(exercise('goblet-squat'), 'start', { light, dark }, 2);
    expect(image.svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="[^"]+" width="\d+" height="\d+"><style>/,
    );
    const style = /<style>(.*)<\/style>/.exec(image.svg)![1]!;
    expect(style).toMatch(
      /^[^@]*\.fg-n\{fill:#111111\}.*@media \(prefers-color-scheme:dark\)\{.*\.fg-n\{fill:#eeeeee\}.*\}$/,
    );
    expect(image.svg).toContain('class="fg-n"');
    expect(image.svg).not.toMatch(/\s(style|fill)="/);
    // Drawn at the scale asked for, with the arrow toward the next position inside the box.
    const [, , width, height] = /viewBox="([^"]+)"/
      .exec(image.svg)![1]!
      .split(/\s+|(?=-)/)
      .map(Number);
    expect(image.width).toBe(Math.round(width! * 2));
    expect(image.height).toBe(Math.round(height! * 2));
    expect(image.svg).toContain('class="fg-a"');
  });
});

describe('text alternatives', () => {
  it('say what the body does in each position and through the movement', () => {
    const set = figureSet(exercise('goblet-squat'));
    expect(set.stills.map((still) => still.description)).toEqual([
      'Standing tall: standing upright, knees straight, holding a kettlebell at the chest, feet flat on the floor.',
      'Bottom: standing leaning slightly forward (about 30°), knees deeply bent (about 120°), holding a kettlebell at the chest, feet flat on the floor.',
    ]);
    expect(set.summary).toBe(
      'Goblet squat, drawn from the side in 2 positions. From standing tall to bottom: the hips lower about 50 cm, the knees bend by about 120° and the trunk tips forward about 30°.',
    );
  });

  it('tell a lying, a hanging and a kneeling position apart', () => {
    const text = (id: string) =>
      figureSet(exercise(id))
        .stills.map((still) => still.description)
        .join(' ');
    expect(text('glute-bridge')).toContain('lying on the back');
    expect(text('pull-up')).toContain('hanging from the bar with the arms straight');
    expect(text('nordic-hamstring-curl')).toContain('kneeling tall');
    expect(text('side-plank')).toContain('propped on one forearm on the right side');
  });
});

describe('the moving figure', () => {
  it('keeps a planted foot exactly where it is in every frame', () => {
    const scene = buildScene(exercise('goblet-squat').positions);
    const foot = (parts: { id: string }[]) =>
      partTransform(parts.find((p) => p.id === 'near-foot') as never);
    const start = foot(scene.positions[0]!.parts);
    for (const frame of motionFrames(scene)) {
      const here = foot(frame.parts);
      expect(Math.hypot(here.x - start.x, here.y - start.y)).toBeLessThan(0.01);
      expect(Math.abs(here.angle - start.angle)).toBeLessThan(0.01);
    }
  });

  it('animates only what moves, with a slow loop that holds at each position', () => {
    const set = figureSet(exercise('goblet-squat'));
    expect(set.animation.seconds).toBeGreaterThanOrEqual(4);
    // The feet stand still: they keep a fixed transform and no animation class.
    expect(set.animation.svg).toMatch(/<path transform="[^"]+" d="/);
    expect(set.animation.css).toMatch(/@keyframes fa\d+\{0%,[\d.]+%/);
    // Each still is the same figure paused at its position.
    expect(set.animation.css).toContain('.fap1 *{animation-delay:-');
    expect(set.stills[1]!.live).toContain('class="fa fas fap1"');
  });

  it('plays a squat back up, but fades a jump onto a box instead of reversing it', () => {
    expect(reversible(buildScene(exercise('goblet-squat').positions))).toBe(true);
    expect(reversible(buildScene(exercise('box-jump').positions))).toBe(false);
    expect(figureSet(exercise('box-jump')).animation.css).toMatch(/@keyframes faf\{/);
  });
});

describe('arrows', () => {
  it.each(ids)('%s: no still draws its arrow under the floor line', (id) => {
    for (const still of figureSet(exercise(id)).stills) {
      for (const [, d] of still.svg.matchAll(/<path d="([^"]+)" class="fg-a"/g)) {
        const numbers = (d!.match(/-?\d*\.?\d+/g) ?? []).map(Number);
        const ys = numbers.filter((_, index) => index % 2 === 1);
        expect(Math.max(...ys), still.name).toBeLessThan(0);
      }
    }
  });
});
