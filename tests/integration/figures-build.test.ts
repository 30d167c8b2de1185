import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { cspHash } from '../../src/lib/security';
import { article, FixtureSite, type FixtureFile } from './helpers/fixture-site.ts';

/**
 * The drawn figures through the real build, on a small fixture site: a valid exercise gets its
 * figure on its page, with the animation's CSS allowed by the page's CSP, and an article shows
 * the figure it names; an exercise whose figure fails a physical check stops the build with a
 * message naming the file, the position and the problem.
 */

const site = new FixtureSite();
afterAll(() => site.remove());

/** A real exercise's front matter, without its notes and its links to other exercises. */
function realExercise(id: string, change: (text: string) => string = (text) => text): string {
  const { rawFrontmatter } = parseFrontmatter(readFileSync(`content/exercises/${id}.md`, 'utf8'));
  return change(`---\n${rawFrontmatter.replace(/^(easier|harder): .*$/gm, '$1: []')}---\n`);
}

function buildWith(files: Record<string, FixtureFile>) {
  site.writeContent({
    'articles/fixture.mdx': article(
      '',
      'Plain text, then the figure of one position.\n\n<ExerciseFigure exercise="plank" positions="hold" />',
    ),
    'exercises/plank.md': realExercise('plank'),
    'exercises/goblet-squat.md': realExercise('goblet-squat'),
    ...files,
  });
  return site.build();
}

describe('figures in the real build', () => {
  it('draws the figure on the exercise page and in the article, with the CSS the CSP allows', () => {
    const { status, output } = buildWith({});
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(status).toBe(0);
    const page = site.read('exercises/goblet-squat/index.html');
    expect(page.match(/data-pose="[a-z-]+"/g)).toEqual(['data-pose="start"', 'data-pose="bottom"']);
    expect(page).toMatch(/<div role="img" aria-label="Bottom: standing[^"]+"/);
    const css = /<style>(\.fa \*[\s\S]*?)<\/style>/.exec(page)?.[1];
    expect(css).toBeDefined();
    expect(page).toContain(`'${cspHash(css!)}'`);
    expect(page).not.toMatch(/<[a-z]+[^>]*\sstyle="/);
    const fixture = site.read('articles/fixture/index.html');
    expect(fixture.match(/data-pose="[a-z-]+"/g)).toEqual(['data-pose="hold"']);
    expect(fixture).toContain('href="/exercises/plank/"');
    // The article's still is one image, a file the build wrote, that carries both themes.
    const images = [...fixture.matchAll(/<img class="fig-img" src="([^"]+)" alt="([^"]+)"/g)];
    expect(images.map((image) => image[1])).toEqual(['/figures/plank/hold.svg']);
    expect(images[0]![2]).toMatch(/^Hold the line: face down, .{20,}\.$/);
    const svg = site.read('figures/plank/hold.svg');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox=[^>]+><style>/);
    expect(svg).toContain('@media (prefers-color-scheme:dark){.fg-h{');
  });

  it('stops the build on an article figure that names a position the exercise does not have', () => {
    const { status, output } = buildWith({
      'articles/fixture.mdx': article('', '<ExerciseFigure exercise="plank" positions="top" />'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      '/articles/fixture/: <ExerciseFigure exercise="plank"> positions: "top" is not a position of plank. Valid: set, hold.',
    );
  });

  it.each([
    [
      'a joint outside human range',
      (text: string) =>
        text.replace(
          'legs: { hip: 120, knee: 121, ankle: 30 }',
          'legs: { hip: 120, knee: 165, ankle: 30 }',
        ),
      'content/exercises/goblet-squat.md: positions[1] "bottom" legs.knee "165": is outside the human range of the knee (-10 to 150 degrees)',
    ],
    [
      'a held position that would tip over',
      (text: string) => text.replace(/trunk: 30\n/, 'trunk: 75\n'),
      'content/exercises/goblet-squat.md: positions[1] "bottom" balance "static": the centre of mass',
    ],
  ])(
    'stops the build on %s, naming the file, the position and the problem',
    (_name, breakIt, message) => {
      const broken = realExercise('goblet-squat', breakIt);
      expect(broken).not.toBe(realExercise('goblet-squat'));
      const { status, output } = buildWith({ 'exercises/goblet-squat.md': broken });
      expect(status).not.toBe(0);
      expect(output).toContain(message);
    },
  );
});
