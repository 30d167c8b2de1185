import { describe, expect, it } from 'vitest';
import {
  crossLinksPlugins,
  type CrossLinkContent,
  type CrossLinkTarget,
} from '../../src/markdown/cross-links';
import { renderMarkdown } from './helpers/markdown';

const PROJECT = '/project';
const CONTENT = '/project/content';
const SOURCE = `${CONTENT}/articles/source.mdx`;

/** An in-memory content folder: each file's headings and whether this build publishes it. */
function contentOf(
  files: Record<string, { headings?: string[]; published?: boolean }>,
): CrossLinkContent {
  return {
    target: (file): CrossLinkTarget | undefined => {
      const entry = files[file.slice(CONTENT.length + 1)];
      return (
        entry && { headingIds: () => entry.headings ?? [], published: entry.published ?? true }
      );
    },
    idsIn: (collection) =>
      Object.keys(files)
        .filter((file) => file.startsWith(`${collection}/`))
        .map((file) => file.slice(collection.length + 1).replace(/\.mdx?$/, '')),
  };
}

const CONTENT_FILES = contentOf({
  'articles/other.mdx': { headings: ['technique', 'the-rdl-in-season'] },
  'articles/draft.mdx': { headings: ['intro'], published: false },
  'exercises/goblet-squat.md': {},
});

function crossLink(source: string, warnings: string[] = []) {
  return renderMarkdown(
    source,
    {
      mdastPlugins: crossLinksPlugins({
        content: CONTENT_FILES,
        contentRoot: CONTENT,
        projectRoot: PROJECT,
        warn: (message: string) => warnings.push(message),
      }),
    },
    SOURCE,
  );
}

/** The targets of a page's links, in order. */
const hrefsOf = (html: string) => [...html.matchAll(/<a href="([^"]*)"/g)].map((match) => match[1]);

describe('crossLinksPlugins', () => {
  it('rewrites inline links to content files into page URLs and records them for backlinks', () => {
    const { html, frontmatter } = crossLink(
      'See [the other](./other.mdx#technique), [a squat](../exercises/goblet-squat.md) and [a site](https://example.org/a.md).',
    );
    expect(hrefsOf(html)).toEqual([
      '/articles/other/#technique',
      '/exercises/goblet-squat/',
      'https://example.org/a.md',
    ]);
    expect(frontmatter.crossLinks).toEqual([
      { collection: 'articles', id: 'other' },
      { collection: 'exercises', id: 'goblet-squat' },
    ]);
  });

  it('rewrites reference-style definitions the same way', () => {
    const { html, frontmatter } = crossLink(
      'The [RDL][rdl] and [again][rdl].\n\n[rdl]: ./other.mdx#the-rdl-in-season\n',
    );
    expect(hrefsOf(html)).toEqual([
      '/articles/other/#the-rdl-in-season',
      '/articles/other/#the-rdl-in-season',
    ]);
    expect(frontmatter.crossLinks).toEqual([
      { collection: 'articles', id: 'other' },
      { collection: 'articles', id: 'other' },
    ]);
  });

  it.each([
    [
      'an inline link to a missing heading',
      'Intro.\n\nSee [this](./other.mdx#tecnique).',
      'content/articles/source.mdx:3: cross-link "./other.mdx#tecnique": content/articles/other.mdx has no heading with the id "#tecnique". Valid: #technique, #the-rdl-in-season.',
    ],
    [
      'a reference-style link to a missing heading (reported at its definition)',
      'See [this][x].\n\n\n[x]: ./other.mdx#missing\n',
      'content/articles/source.mdx:4: cross-link "./other.mdx#missing": content/articles/other.mdx has no heading with the id "#missing"',
    ],
    [
      'a link to a missing file',
      'See [this](./othr.mdx).',
      'content/articles/source.mdx:1: cross-link "./othr.mdx": points to content/articles/othr.mdx, which does not exist. Valid: an existing article file, for example other.mdx',
    ],
    [
      'a reference-style link to a missing file',
      '[x]: ../exercises/goblet-sqat.md\n\nSee [this][x].',
      'content/articles/source.mdx:1: cross-link "../exercises/goblet-sqat.md": points to content/exercises/goblet-sqat.md, which does not exist. Valid: an existing exercise file, for example goblet-squat.md',
    ],
    [
      'a link to a file outside the content folders',
      'See [this](../../README.md).',
      'cross-link "../../README.md": cannot be linked',
    ],
  ])('stops the build on %s, naming file and line', (_name, source, message) => {
    expect(() => crossLink(source)).toThrow(message);
  });

  it('keeps the words but drops the link to a draft, inline or reference-style, and says so', () => {
    const warnings: string[] = [];
    const { html, frontmatter } = crossLink(
      'See [the draft](./draft.mdx) and [again][d].\n\n[d]: ./draft.mdx#intro\n',
      warnings,
    );
    expect(html).toBe('<p>See the draft and again.</p>');
    expect(frontmatter.crossLinks).toEqual([]);
    expect(warnings).toEqual([
      'content/articles/source.mdx:1: cross-link to content/articles/draft.mdx shown as plain text: that entry is a draft or scheduled for later.',
      'content/articles/source.mdx:1: cross-link to content/articles/draft.mdx shown as plain text: that entry is a draft or scheduled for later.',
    ]);
    // The hidden entry's URL is written nowhere in the page.
    expect(html).not.toContain('/articles/draft/');
  });
});
