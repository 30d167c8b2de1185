import type { Root as Hast } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs, type HastPluginEntry, type MdastPluginEntry } from 'satteri';
import { MARKDOWN_FEATURES } from '../../../src/markdown/pipeline.ts';
import { smartPunctuationPlugin } from '../../../src/markdown/smart-punctuation.ts';

export interface Rendered {
  /** The body's HTML: Sätteri's own for Markdown; for MDX, the final tree's (JSX left out). */
  html: string;
  /** The final HTML tree, as the last plugin saw it. */
  hast: Hast;
  /** What a page receives as `remarkPluginFrontmatter`. */
  frontmatter: Record<string, unknown>;
}

/**
 * Runs Sätteri plugins on a Markdown (or, for a path ending in .mdx, MDX) source the way the
 * build does: the site's parser features, smart punctuation first (as in the build, where only
 * the callouts come before it; pass `smartPunctuation: false` to leave it out), then `plugins`.
 */
export function renderMarkdown(
  source: string,
  {
    mdastPlugins = [],
    hastPlugins = [],
    smartPunctuation = true,
  }: {
    mdastPlugins?: MdastPluginEntry[];
    hastPlugins?: HastPluginEntry[];
    smartPunctuation?: boolean;
  },
  path = '/project/content/articles/example.mdx',
): Rendered {
  let hast: Hast | undefined;
  const capture: HastPluginEntry = {
    name: 'test:capture',
    before(root) {
      // A plain copy: the tree Sätteri hands plugins is read lazily from its own memory.
      hast = JSON.parse(
        JSON.stringify(root, (key, value: unknown) => (key.startsWith('_') ? undefined : value)),
      ) as Hast;
    },
  };
  const astro = { frontmatter: {} as Record<string, unknown> };
  const options = {
    mdastPlugins: [...(smartPunctuation ? [smartPunctuationPlugin()] : []), ...mdastPlugins],
    hastPlugins: [...hastPlugins, capture],
    features: MARKDOWN_FEATURES,
    fileURL: pathToFileURL(path),
    data: { astro } as never,
  };
  if (path.endsWith('.mdx')) {
    mdxToJs(source, options);
    return { html: toHtml(withoutMdx(hast!)), hast: hast!, frontmatter: astro.frontmatter };
  }
  const { html } = markdownToHtml(source, options) as { html: string };
  return { html, hast: hast!, frontmatter: astro.frontmatter };
}

type Node = { type: string; children?: Node[] };

/** A tree's HTML view: MDX elements give way to their children, expressions and imports go. */
function withoutMdx<T extends Node>(node: T): T {
  if (!node.children) return node;
  const children = node.children.flatMap((child): Node[] => {
    if (child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement')
      return withoutMdx(child).children ?? [];
    if (child.type.startsWith('mdx')) return [];
    return [withoutMdx(child)];
  });
  return { ...node, children };
}

/** Every node of a type in a tree, in document order (a quick view of what a tree holds). */
export function nodesOfType<T>(tree: { type: string; children?: unknown[] }, type: string): T[] {
  const found: T[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === type) found.push(node as T);
    for (const child of (node.children ?? []) as { type: string }[]) walk(child);
  };
  walk(tree);
  return found;
}
