import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import type { MdastPluginDefinition } from 'satteri';
import { curlQuotes, replaceDashesAndEllipses } from '../../src/lib/smart-punctuation';
import { walk } from '../../src/markdown/context';
import { renderMarkdown } from './helpers/markdown';

/** The text of each paragraph, heading and table cell after SmartyPants, on unified's parse. */
function smartypantsTexts(source: string, mdx: boolean): string[] {
  const processor = unified()
    .use(remarkParse)
    .use(mdx ? [remarkMdx] : [])
    .use(remarkGfm)
    .use(remarkDirective)
    .use(remarkSmartypants);
  const tree = processor.runSync(processor.parse(source)) as Root;
  const texts: string[] = [];
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    texts.push(textOf(node));
  });
  return texts;
}

/** The same blocks' text after our plugin, on Sätteri's parse (the build's). */
function ourTexts(source: string, mdx: boolean): string[] {
  const texts: string[] = [];
  const collect: MdastPluginDefinition = {
    name: 'test:collect',
    before(root) {
      walk(root as never, (node) => {
        if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell')
          return;
        texts.push(textOf(node as never));
      });
    },
  };
  renderMarkdown(source, { mdastPlugins: [collect] }, mdx ? '/x/page.mdx' : '/x/page.md');
  return texts;
}

/** A block's text nodes, joined (code, JSX attributes and expressions are no text). */
function textOf(node: { type: string; value?: unknown; children?: unknown[] }): string {
  if (node.type === 'text') return String(node.value);
  return ((node.children ?? []) as (typeof node)[]).map(textOf).join('');
}

/** Our plugin and SmartyPants (what Astro ran before) agree on a source. */
function expectSameAsSmartypants(source: string, mdx = true) {
  expect(ourTexts(source, mdx)).toEqual(smartypantsTexts(source, mdx));
}

describe('curlQuotes', () => {
  it('opens after a space and closes after a word', () => {
    expect(curlQuotes('She said "lift heavy" and left.')).toBe('She said “lift heavy” and left.');
    expect(curlQuotes("a 'single' word")).toBe('a ‘single’ word');
  });

  it('turns apostrophes, possessives and decades into closing quotes', () => {
    expect(curlQuotes("don't, runner's, runners' legs, the '80s")).toBe(
      'don’t, runner’s, runners’ legs, the ’80s',
    );
  });

  it('keeps the length, so the caller can map it back onto text nodes', () => {
    const text = `"'Quoted' words," he said. ("Yes.")`;
    expect(curlQuotes(text)).toHaveLength(text.length);
    expect(curlQuotes(text)).toBe('“‘Quoted’ words,” he said. (“Yes.”)');
  });
});

describe('replaceDashesAndEllipses', () => {
  it('makes em dashes, ellipses and backtick quotes', () => {
    expect(replaceDashesAndEllipses("wait -- then... go . . . now ``so'' she said")).toBe(
      'wait — then… go … now “so” she said',
    );
  });

  it('leaves single hyphens, triple hyphens and two dots alone', () => {
    expect(replaceDashesAndEllipses('8-week --- 2..3')).toBe('8-week --- 2..3');
  });
});

describe('smartPunctuationPlugin gives what SmartyPants gave', () => {
  it.each([
    ['quotes around emphasis and links', 'He said "*heavy* [squats](/x/)" work.'],
    ['a quote at the start of a paragraph', '"Start here," she said.\n\n\'Then this.\''],
    ['quotes next to inline code', 'Run `npm test` and "see" what it\'s `like`.'],
    ['table cells', '| "a" | it\'s |\n| --- | --- |\n| \'b\' | "c." |'],
    ['headings', '## Don\'t "lift" -- yet... or---now'],
    ['punctuation after quotes', 'Words ("like this"), "this"; and "that"!'],
    ['a double set of quotes', 'He said, "\'Quoted\' words in a larger quote."'],
    ['decades and possessives', "In the '80s the runners' shoes were the coaches' choice."],
    ['numbers in quotes', 'A "5K" and "10-15 reps" and 6\'2" tall.'],
  ])('%s', (_name, source) => {
    expectSameAsSmartypants(source);
  });

  const content = path.resolve('content');
  const files = ['articles', 'exercises', 'programs'].flatMap((folder) =>
    readdirSync(path.join(content, folder))
      .filter((file) => /\.mdx?$/.test(file))
      .map((file) => `${folder}/${file}`),
  );

  it('has the whole site to compare', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)('on content/%s', (file) => {
    const body = readFileSync(path.join(content, file), 'utf8').replace(
      /^---\n[\s\S]*?\n---\n/,
      '',
    );
    expectSameAsSmartypants(body, file.endsWith('.mdx'));
  });
});
