import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cspHash } from '../../src/lib/security';

/**
 * The drawn figures through the real build, on a small fixture site (the pattern of
 * content-pipeline.test.ts): a valid exercise gets its figure on its page, with the animation's
 * CSS allowed by the page's CSP; an exercise whose figure fails a physical check stops the build
 * with a message naming the file, the position and the problem.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
let project: string;

const ARTICLE = `---
title: "A fixture article"
description: "A description that is comfortably longer than the fifty character minimum."
pubDate: 2026-01-01
updatedDate: 2026-01-01
reviewedDate: 2026-01-01
author: editorial-team
topics: [endurance]
takeaways:
  - text: "One takeaway."
    evidence: limited
---

Plain text, then the figure of one position.

<ExerciseFigure exercise="plank" positions="hold" />
`;

function resetContent(): void {
  const content = path.join(project, 'content');
  rmSync(content, { recursive: true, force: true });
  for (const folder of ['articles', 'exercises', 'programs', 'authors'])
    mkdirSync(path.join(content, folder), { recursive: true });
  cpSync(path.join(ROOT, 'content/references.json'), path.join(content, 'references.json'));
  cpSync(
    path.join(ROOT, 'content/authors/editorial-team.yaml'),
    path.join(content, 'authors/editorial-team.yaml'),
  );
  writeFileSync(path.join(content, 'articles/fixture.mdx'), ARTICLE);
  // Real exercises, without their notes (which cite and cross-link beyond the fixture).
  for (const id of ['plank', 'goblet-squat']) {
    const text = readFileSync(path.join(ROOT, `content/exercises/${id}.md`), 'utf8');
    const frontMatter = /^---\n[\s\S]*?\n---\n/
      .exec(text)![0]
      .replace(/^(easier|harder): .*$/gm, '$1: []');
    writeFileSync(path.join(content, `exercises/${id}.md`), frontMatter);
  }
}

function build(): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'strong-miles-figures-'));
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    cpSync(path.join(ROOT, item), path.join(project, item), { recursive: true });
  }
  mkdirSync(path.join(project, 'node_modules'));
  for (const name of readdirSync(path.join(ROOT, 'node_modules'))) {
    if (!name.startsWith('.'))
      symlinkSync(path.join(ROOT, 'node_modules', name), path.join(project, 'node_modules', name));
  }
  mkdirSync(path.join(project, 'node_modules/.bin'));
  for (const name of readdirSync(path.join(ROOT, 'node_modules/.bin'))) {
    symlinkSync(
      path.join(ROOT, 'node_modules/.bin', name),
      path.join(project, 'node_modules/.bin', name),
    );
  }
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('figures in the real build', { timeout: 240_000 }, () => {
  it('draws the figure on the exercise page and in the article, with the CSS the CSP allows', () => {
    resetContent();
    const { status, output } = build();
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(status).toBe(0);
    const page = readFileSync(path.join(project, 'dist/exercises/goblet-squat/index.html'), 'utf8');
    expect(page.match(/data-pose="[a-z-]+"/g)).toEqual(['data-pose="start"', 'data-pose="bottom"']);
    expect(page).toMatch(/<div role="img" aria-label="Bottom: standing[^"]+"/);
    const css = /<style>(\.fa \*[\s\S]*?)<\/style>/.exec(page)?.[1];
    expect(css).toBeDefined();
    expect(page).toContain(`'${cspHash(css!)}'`);
    expect(page).not.toMatch(/<[a-z]+[^>]*\sstyle="/);
    const article = readFileSync(path.join(project, 'dist/articles/fixture/index.html'), 'utf8');
    expect(article.match(/data-pose="[a-z-]+"/g)).toEqual(['data-pose="hold"']);
    expect(article).toContain('href="/exercises/plank/"');
    // The article's still is one image, a file the build wrote, that carries both themes.
    const images = [...article.matchAll(/<img class="fig-img" src="([^"]+)" alt="([^"]+)"/g)];
    expect(images.map((image) => image[1])).toEqual(['/figures/plank/hold.svg']);
    expect(images[0]![2]).toMatch(/^Hold the line: face down, .{20,}\.$/);
    const svg = readFileSync(path.join(project, 'dist/figures/plank/hold.svg'), 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox=[^>]+><style>/);
    expect(svg).toContain('@media (prefers-color-scheme:dark){.fg-h{');
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
      resetContent();
      const file = path.join(project, 'content/exercises/goblet-squat.md');
      const broken = breakIt(readFileSync(file, 'utf8'));
      expect(broken).not.toBe(readFileSync(file, 'utf8'));
      writeFileSync(file, broken);
      const { status, output } = build();
      expect(status).not.toBe(0);
      expect(output).toContain(message);
    },
  );

  it('stops the build on an article figure that names a position the exercise does not have', () => {
    resetContent();
    const file = path.join(project, 'content/articles/fixture.mdx');
    writeFileSync(file, ARTICLE.replace('positions="hold"', 'positions="top"'));
    const { status, output } = build();
    expect(status).not.toBe(0);
    expect(output).toContain(
      '/articles/fixture/: <ExerciseFigure exercise="plank"> positions: "top" is not a position of plank. Valid: set, hold.',
    );
  });
});
