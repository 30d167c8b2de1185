import { describe, expect, it } from 'vitest';
import { TEXT_COLUMN_SIZES } from '../../src/lib/images';
import { citationsPlugin } from '../../src/markdown/citations';
import { imagesPlugin } from '../../src/markdown/images';
import { readingTimePlugin } from '../../src/markdown/reading-time';
import { renderMarkdown } from './helpers/markdown';

/** Each Markdown plugin on its own, through Sätteri, as the build runs it. */

const PROJECT = '/project';
const ARTICLE = '/project/content/articles/example.mdx';
const REFERENCES = [
  { id: 'storen-2008', authors: 'Støren Ø, Helgerud J, Støa EM, Hoff J', year: 2008 },
  { id: 'blagrove-2018', authors: 'Blagrove RC, Howatson G, Hayes PR', year: 2018 },
];
const cite = (markdown: string, path = '/project/content/articles/example.md') =>
  renderMarkdown(
    markdown,
    { mdastPlugins: [citationsPlugin({ references: () => REFERENCES, projectRoot: PROJECT })] },
    path,
  );

describe('citationsPlugin', () => {
  it('numbers citations in order of first use; each mark opens its reference card', () => {
    const { html, frontmatter } = cite(
      'Economy improved [@storen-2008]. Both agree [@blagrove-2018; @storen-2008].',
    );
    expect(html.trim()).toBe(
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
    const { html, frontmatter } = cite('[see [@storen-2008]](https://example.org)');
    expect(frontmatter.citations).toEqual([]);
    expect(html.trim()).toBe('<p><a href="https://example.org">see [@storen-2008]</a></p>');
  });

  it('numbers afresh in each document', () => {
    const plugin = citationsPlugin({ references: () => REFERENCES, projectRoot: PROJECT });
    const run = (markdown: string) =>
      renderMarkdown(markdown, { mdastPlugins: [plugin] }, '/project/content/articles/a.md');
    run('First [@storen-2008].');
    expect(run('Then [@blagrove-2018].').frontmatter.citations).toEqual([
      { key: 'blagrove-2018', number: 1, backlinks: ['cite-blagrove-2018-1'] },
    ]);
  });

  it('stops on an unknown key with file, line and the closest ids', () => {
    expect(() => cite('Intro.\n\nA claim [@storen-2009].', ARTICLE)).toThrow(
      'content/articles/example.mdx:3: citation "@storen-2009": is not an id in content/references.json. Valid: an id from content/references.json, for example @storen-2008',
    );
  });
});

describe('imagesPlugin', () => {
  const images = imagesPlugin({ projectRoot: PROJECT });
  // The file check needs a real file: tests/fixtures holds one.
  const fixtureImages = imagesPlugin({
    projectRoot: process.cwd(),
    contentRoot: `${process.cwd()}/tests/fixtures`,
  });
  const fixtureNote = `${process.cwd()}/tests/fixtures/note.md`;

  it('sizes every image to the text column', () => {
    const { html } = renderMarkdown(
      '![A gradient standing in for a photo](./gradient-1600x1000.jpg)',
      { mdastPlugins: [fixtureImages] },
      fixtureNote,
    );
    expect(html.trim()).toBe(
      `<p><img src="./gradient-1600x1000.jpg" alt="A gradient standing in for a photo" sizes="${TEXT_COLUMN_SIZES}"></p>`,
    );
  });

  it('stops on an image without alt text', () => {
    expect(() =>
      renderMarkdown(
        'Intro.\n\n![](./gradient-1600x1000.jpg)',
        { mdastPlugins: [fixtureImages] },
        fixtureNote,
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
    expect(() => renderMarkdown(source, { mdastPlugins: [images] }, ARTICLE)).toThrow(message);
  });
});

describe('readingTimePlugin', () => {
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
    expect(
      renderMarkdown(source, { mdastPlugins: [readingTimePlugin()] }, ARTICLE).frontmatter.words,
    ).toBe(words);
  });
});
