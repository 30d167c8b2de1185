import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { remarkSmartPunctuation } from '../../../src/markdown/remark-smart-punctuation.ts';
import { VFile } from 'vfile';

/**
 * Runs remark plugins on a Markdown (or, for a path ending in .mdx, MDX) source the way the
 * build does (after GFM and smart punctuation, as the build runs them), and returns the transformed tree and the file (whose `data.astro.frontmatter` is
 * what a page receives as `remarkPluginFrontmatter`).
 */
export function runRemark(
  source: string,
  plugins: PluggableList,
  path = '/project/content/articles/example.mdx',
): { tree: Root; file: VFile; frontmatter: Record<string, unknown> } {
  const processor = unified()
    .use(remarkParse)
    .use(path.endsWith('.mdx') ? [remarkMdx] : [])
    .use(remarkGfm)
    .use(remarkSmartPunctuation)
    .use(plugins);
  const file = new VFile({ value: source, path });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  const frontmatter =
    (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
  return { tree, file, frontmatter };
}

/** The text of every node of a type, in document order (a quick view of what a tree holds). */
export function nodesOfType<T>(tree: Root, type: string): T[] {
  const found: T[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === type) found.push(node as T);
    for (const child of (node.children ?? []) as { type: string }[]) walk(child);
  };
  walk(tree);
  return found;
}
