import type { Image } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Pluggable } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { TEXT_COLUMN_SIZES } from '../../src/lib/images';
import { remarkCitations } from '../../src/markdown/remark-citations';
import { remarkImages } from '../../src/markdown/remark-images';
import { remarkReadingTime } from '../../src/markdown/remark-reading-time';
import { nodesOfType, runRemark } from './helpers/markdown';

/** Each remark plugin on its own, through unified and a vfile, as the build runs it. */

const PROJECT = '/project';
const ARTICLE = '/project/content/articles/example.mdx';
const REFERENCES = [
  { id: 'storen-2008', authors: 'Støren Ø, Helgerud J, Støa EM, Hoff J', year: 2008 },
  { id: 'blagrove-2018', authors: 'Blagrove RC, Howatson G, Hayes PR', year: 2018 },
];
const citations: Pluggable = [
  remarkCitations,
  { references: () => REFERENCES, projectRoot: PROJECT },
];

/** Markdown through the citation plugin to HTML, as the page renders it. */
function citationHtml(markdown: string): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkCitations, { references: () => REFERENCES, projectRoot: PROJECT })
    .use(remarkRehype)
    .use(rehypeStringify);
  return String(processor.processSync(new VFile({ value: markdown, path: ARTICLE })));
}

describe('remarkCitations', () => {
  it('numbers citations in order of first use; each mark opens its reference card', () => {
    const { frontmatter } = runRemark(
      'Economy improved [@storen-2008]. Both agree [@blagrove-2018; @storen-2008].',
      [citations],
    );
    expect(
      citationHtml('Economy improved [@storen-2008]. Both agree [@blagrove-2018; @storen-2008].'),
    ).toBe(
      '<p>Economy improved <sup class="citation"><button type="button" id="cite-storen-2008-1" popovertarget="card-storen-2008" aria-label="Reference 1: Støren 2008">1</button></sup>. ' +
        'Both agree <sup class="citation"><button type="button" id="cite-blagrove-2018-1" popovertarget="card-blagrove-2018" aria-label="Reference 2: Blagrove 2018">2</button>,' +
        '<button type="button" id="cite-storen-2008-2" popovertarget="card-storen-2008" aria-label="Reference 1: Støren 2008">1</button></sup>.</p>',
    );
    expect(frontmatter.citations).toEqual([
      { key: 'storen-2008', number: 1, backlinks: ['cite-storen-2008-1', 'cite-storen-2008-2'] },
      { key: 'blagrove-2018', number: 2, backlinks: ['cite-blagrove-2018-1'] },
    ]);
  });

  it('leaves link text alone', () => {
    const { frontmatter } = runRemark('[see [@storen-2008]](https://example.org)', [citations]);
    expect(frontmatter.citations).toEqual([]);
  });

  it('stops on an unknown key with file, line and the closest ids', () => {
    expect(() => runRemark('Intro.\n\nA claim [@storen-2009].', [citations], ARTICLE)).toThrow(
      'content/articles/example.mdx:3: citation "@storen-2009": is not an id in content/references.json. Valid: an id from content/references.json, for example @storen-2008',
    );
  });
});

describe('remarkImages', () => {
  const images: Pluggable = [remarkImages, { projectRoot: PROJECT }];

  it('sizes every image to the text column', () => {
    // The file check needs a real file: tests/fixtures holds one.
    const { tree } = runRemark(
      '![A gradient standing in for a photo](./gradient-1600x1000.jpg)',
      [
        [
          remarkImages,
          { projectRoot: process.cwd(), contentRoot: `${process.cwd()}/tests/fixtures` },
        ],
      ],
      `${process.cwd()}/tests/fixtures/note.md`,
    );
    expect(nodesOfType<Image>(tree, 'image')[0]?.data).toEqual({
      hProperties: { sizes: TEXT_COLUMN_SIZES },
    });
  });

  it('stops on an image without alt text', () => {
    expect(() =>
      runRemark(
        'Intro.\n\n![](./gradient-1600x1000.jpg)',
        [
          [
            remarkImages,
            { projectRoot: process.cwd(), contentRoot: `${process.cwd()}/tests/fixtures` },
          ],
        ],
        `${process.cwd()}/tests/fixtures/note.md`,
      ),
    ).toThrow(
      'tests/fixtures/note.md:3: image "./gradient-1600x1000.jpg": has no alt text. Valid: describe what the image shows',
    );
  });

  it.each([
    [
      'a remote image',
      '![A chart](https://example.org/chart.png)',
      'image "https://example.org/chart.png": is not a file in the project',
    ],
    ['a root path', '![A chart](/chart.png)', 'is a path from the site root'],
    [
      'a missing file',
      '![A chart](./chart.png)',
      'image "./chart.png": points to content/articles/chart.png, which does not exist',
    ],
    [
      'an image outside content/ (it would be published)',
      '![A chart](../../src/chart.png)',
      'image "../../src/chart.png": is outside the content/ folder, and only files inside it are published. Valid: an image inside content/',
    ],
    [
      'an image outside the project',
      '![A chart](../../../../../../../tmp/chart.png)',
      'is outside the content/ folder',
    ],
    ['an HTML img', '<img src="./chart.png" alt="A chart" />', 'image "<img>": is written as HTML'],
  ])('stops on %s', (_name, source, message) => {
    expect(() => runRemark(source, [images], ARTICLE)).toThrow(message);
  });
});

describe('remarkReadingTime', () => {
  it.each([
    ['prose and headings', '## Two words\n\nThree more words.', 5],
    ['link text but not its target', 'See [the guide](./deadlift-for-runners.mdx) now.', 4],
    ['no citation keys', 'A claim [@storen-2008; @blagrove-2018] stands.', 3],
    ['component text but not attributes', '<Note kind="very long attribute">Get help.</Note>', 2],
    ['no code blocks', 'Before.\n\n```\nnot counted at all\n```\n\nAfter.', 2],
    ['numbers of ordered lists', '1. First\n2. Second', 4],
    ['table cells', '| Sets | Reps |\n| --- | --- |\n| 3 | 8 |', 4],
    ['words apart across paragraphs', 'One\n\nTwo', 2],
  ])('%s', (_name, source, words) => {
    expect(runRemark(source, [remarkReadingTime]).frontmatter.words).toBe(words);
  });
});
