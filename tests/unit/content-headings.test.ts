import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { atxHeadingsOnly, headingIdsOf } from '../../src/integrations/content/headings.ts';
import { markdownPipeline } from '../../src/markdown/pipeline.ts';
import { syntheticArticle } from '../../tools/bench/synthetic-content.ts';

/**
 * Heading ids computed before a page renders must be the ids Astro then gives its headings, or a
 * cross-link to a heading would pass the check and land nowhere. Here each case goes through
 * Astro's own Markdown renderer with the site's whole pipeline (as a .md page renders) and
 * through headingIdsOf; the parity test in tests/integration/ does the same for every file of
 * content/ against the built pages.
 */
// The page sits in tests/fixtures/ (as if it were content/), beside the one image a case shows.
const FIXTURES = path.resolve('tests/fixtures');
const PAGE = `${FIXTURES}/articles/page.md`;
const siteProcessor = satteri(
  markdownPipeline({
    projectRoot: process.cwd(),
    contentRoot: FIXTURES,
    // Every linked file exists and is published, with no headings: links are not under test.
    content: { target: () => ({ published: true, headingIds: () => [] }), idsIn: () => [] },
    references: () => [{ id: 'smith-2020', authors: 'Smith A', year: 2020 }],
  }),
);
const CASES: [name: string, markdown: string][] = [
  ['plain words and a question mark', '## Technique\n\n### Why hinge?'],
  ['the same heading twice', '## Technique\n\ntext\n\n## Technique'],
  ['a reference-style link', '## The [RDL][rdl] in season\n\n[rdl]: https://example.org/rdl'],
  ['an inline link, emphasis and code', '## The [deadlift](./x.mdx) and *you* with `code`'],
  ['smart quotes and dashes', '## Don\'t "lift" -- yet... or---now'],
  ['inline HTML', '## Sets <abbr title="repetitions">reps</abbr> here'],
  ['an image in the heading', '## Icon ![a bar](../gradient-1600x1000.jpg) here'],
  ['curly braces in Markdown', '## Curly {braces} and 10% more'],
  ['a setext heading', 'Heavy and slow\n--------------'],
  ['a heading inside code is none', '```\n## not a heading\n```\n\n## Real one'],
  ['non-Latin letters', '## Støren’s study, één keer'],
  // The line scan (atxHeadingsOnly) reads these; each must give what the whole parse gives.
  ['a rule after a blank line', '## One\n\ntext\n\n---\n\n## Two\n\n***'],
  ['a closing sequence and a trailing quote', "## Why \"slow\" ##\n\n## It's a 'rep'"],
  ['a longer fence closes only with its own length', '````\n```\n## no\n````\n\n## Yes'],
  ['a tilde fence holding backticks', '~~~ md\n```\n## no\n~~~\n\n# Top'],
  ['an unclosed fence runs to the end', '## Before\n\n```\n## no'],
  ['a heading right under a paragraph line', 'Some text\n## Interrupts\n\nmore'],
  ['a callout around a heading', ':::see-a-professional\n## Inside\n\nText.\n:::\n\n## After'],
  ['an escaped hash is text', '\\## not\n\n## Yes'],
  // ...and these make it give way to the whole parse.
  ['a setext heading under text', 'Heavy\n=====\n\n## Next'],
  ['a heading in a list item', '- item\n\n  ## Listed\n\n## Top'],
  ['a heading in a block quote', '> ## Quoted\n\n## Top'],
  ['a tab-indented heading in a list', '1. one\n\n\t## Tabbed\n\n## Top'],
  ['an HTML block around a hash line', '<div>\n## not a heading\n</div>\n\n## Real'],
];

describe('headingIdsOf matches Astro', () => {
  it.each(CASES)('%s', async (_name, markdown) => {
    const astro = await siteProcessor.createRenderer({ syntaxHighlight: false });
    const rendered = await astro.render(markdown, { fileURL: new URL(`file://${PAGE}`) });
    const expected = rendered.metadata.headings.map((heading) => heading.slug);
    expect(expected.length).toBeGreaterThan(0);
    expect(headingIdsOf(markdown, { path: PAGE, mdx: false })).toEqual(expected);
  });

  it('reads MDX: components and expressions in a heading', () => {
    expect(
      headingIdsOf('## Lift <Em>heavy</Em> {"now"}\n\n## Lift heavy now', {
        path: '/x/page.mdx',
        mdx: true,
      }),
    ).toEqual(['lift-heavy-now', 'lift-heavy-now-1']);
  });
});

describe('atxHeadingsOnly: the line scan behind headingIdsOf', () => {
  it('keeps only top-level ATX headings, outside code', () => {
    expect(atxHeadingsOnly('## A\n\ntext\n```\n## code\n```\n### B')).toBe('## A\n\n### B');
    expect(atxHeadingsOnly('no headings at all')).toBe('');
  });

  it.each([
    ['a setext underline under text', 'Title\n-----'],
    ['a link reference definition', '## [RDL][r]\n\n[r]: https://example.org'],
    ['an HTML block', '<details>\n## x\n</details>'],
    ['a heading in a list', '- ## listed'],
    ['a heading indented under a list', '- item\n\n    ## deep'],
    ['a citation in a heading', '## Strength [@smith-2020]'],
  ])('gives way to the whole parse for %s', (_name, markdown) => {
    expect(atxHeadingsOnly(markdown)).toBeUndefined();
  });

  it('reads every Markdown article of content/ and a synthetic one (the build relies on it)', () => {
    const folder = path.resolve('content/articles');
    const files = readdirSync(folder).filter((file) => file.endsWith('.md'));
    expect(files.length).toBeGreaterThan(0);
    const bodies = files.map((file) =>
      readFileSync(path.join(folder, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
    );
    const synthetic = syntheticArticle(
      0,
      2,
      {
        referenceIds: ['smith-2020', 'lee-2019', 'roe-2021'],
        exerciseIds: ['squat'],
        programIds: ['beginner'],
        authorId: 'editorial-team',
      },
      '.md',
    ).text.replace(/^---\n[\s\S]*?\n---\n/, '');
    for (const body of [...bodies, synthetic]) expect(atxHeadingsOnly(body)).toMatch(/^#/);
  });
});
