import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { nodeTypes } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { remarkCallouts } from '../../markdown/remark-callouts.ts';
import { remarkSmartPunctuation } from '../../markdown/remark-smart-punctuation.ts';
import { VFile } from 'vfile';

/**
 * The ids Astro gives a Markdown or MDX file's headings, computed before the file is rendered,
 * so a cross-link's `#fragment` can be checked while the linking page renders. Rather than
 * imitating Astro, it runs the steps of Astro's own pipeline that decide a heading's text (the
 * parser, GFM, the callout directives, smart punctuation, then the project's text-changing remark plugins, passed in) and then
 * Astro's own `rehypeHeadingIds`, which slugs that text with github-slugger. A parity test
 * compares the result with the ids in the built pages.
 */
export function headingIdsOf(
  body: string,
  {
    path,
    mdx,
    textPlugins = [],
    projectRoot = process.cwd(),
  }: { path: string; mdx: boolean; textPlugins?: PluggableList; projectRoot?: string },
): string[] {
  const processor = unified()
    .use(remarkParse)
    .use(mdx ? [remarkMdx] : [])
    .use(remarkGfm)
    .use(remarkCallouts, { projectRoot })
    .use(remarkSmartPunctuation)
    .use(textPlugins)
    // As Astro does: raw HTML in .md stays a "raw" node (a tag alone adds no text), and MDX's
    // own nodes pass through to hast.
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: mdx ? [...nodeTypes] : [] })
    .use(rehypeHeadingIds);
  const file = new VFile({ value: body, path, data: { astro: { frontmatter: {} } } });
  processor.runSync(processor.parse(file) as Root, file);
  const headings = (file.data as { astro?: { headings?: { slug: string }[] } }).astro?.headings;
  return (headings ?? []).map((heading) => heading.slug);
}
