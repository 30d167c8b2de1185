import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { headingIdsOf } from '../../src/integrations/content/headings.ts';

/**
 * Heading ids computed before a page renders must be the ids Astro then gives its headings, or a
 * cross-link to a heading would pass the check and land nowhere. Here each case goes through
 * Astro's own Markdown processor (as a .md page renders) and through headingIdsOf; the parity
 * test in tests/integration/ does the same for every file of content/ against the built pages.
 */
const CASES: [name: string, markdown: string][] = [
  ['plain words and a question mark', '## Technique\n\n### Why hinge?'],
  ['the same heading twice', '## Technique\n\ntext\n\n## Technique'],
  ['a reference-style link', '## The [RDL][rdl] in season\n\n[rdl]: https://example.org/rdl'],
  ['an inline link, emphasis and code', '## The [deadlift](./x.mdx) and *you* with `code`'],
  ['smart quotes and dashes', '## Don\'t "lift" -- yet... or---now'],
  ['inline HTML', '## Sets <abbr title="repetitions">reps</abbr> here'],
  ['an image in the heading', '## Icon ![a bar](./bar.png) here'],
  ['curly braces in Markdown', '## Curly {braces} and 10% more'],
  ['a setext heading', 'Heavy and slow\n--------------'],
  ['a heading inside code is none', '```\n## not a heading\n```\n\n## Real one'],
  ['non-Latin letters', '## Støren’s study, één keer'],
];

describe('headingIdsOf matches Astro', () => {
  it.each(CASES)('%s', async (_name, markdown) => {
    const astro = await createMarkdownProcessor({ syntaxHighlight: false });
    const rendered = await astro.render(markdown, { fileURL: new URL('file:///x/page.md') });
    const expected = rendered.metadata.headings.map((heading) => heading.slug);
    expect(expected.length).toBeGreaterThan(0);
    expect(headingIdsOf(markdown, { path: '/x/page.md', mdx: false })).toEqual(expected);
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
