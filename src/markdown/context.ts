import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Data } from 'satteri';

/** What every Sätteri plugin context offers: the document's file and its data bag. */
export interface DocumentContext {
  readonly fileURL: URL | undefined;
  readonly data: Data;
}

/**
 * The object Astro exposes to pages as `remarkPluginFrontmatter` (Sätteri's `ctx.data.astro`):
 * plugins put what they learn about a document (its citations, its cross-links, its words) here.
 */
export function frontmatterOf(ctx: DocumentContext): Record<string, unknown> {
  const data = ctx.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
}

/** The document's absolute path, or undefined when the compile was given no file. */
export function absolutePathOf(ctx: DocumentContext): string | undefined {
  return ctx.fileURL?.protocol === 'file:' ? fileURLToPath(ctx.fileURL) : undefined;
}

/** A path relative to the project root, with forward slashes, for messages. */
export function projectRelative(projectRoot: string, file: string): string {
  return path.relative(projectRoot, file).split(path.sep).join('/');
}

/** The document's path for messages: relative to the project root, or "(unknown file)". */
export function shownPathOf(ctx: DocumentContext, projectRoot: string): string {
  const file = absolutePathOf(ctx);
  return file ? projectRelative(projectRoot, file) : '(unknown file)';
}

/** What a message's line number needs of a plugin context: its file and the text it parsed. */
export interface SourceContext extends DocumentContext {
  readonly source: string;
}

/**
 * The line of the file a node starts on, for messages (plugins that report lines opt in to
 * positions). Astro hands Sätteri a `.md` entry's body without its front matter, trimmed, so
 * positions there count from the body's first line; the body's place in the file is looked up
 * here, only when a message is written, since rendering needs no line numbers. MDX is given the
 * whole file (front matter blanked, lines kept), where the look-up finds nothing to add.
 */
export function lineOf(
  node: { position?: { start: { line: number } } | undefined },
  ctx: SourceContext,
): number | undefined {
  const line = node.position?.start.line;
  return line === undefined ? undefined : line + linesBeforeSource(ctx);
}

/** How many lines of the document's file come before the text Sätteri parsed. */
function linesBeforeSource(ctx: SourceContext): number {
  const file = absolutePathOf(ctx);
  if (!file || ctx.source === '') return 0;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 0; // No file on disk (a test's made-up path): the positions are all there is.
  }
  // The body is the file's tail, so its last occurrence is the one.
  const at = text.lastIndexOf(ctx.source);
  return at <= 0 ? 0 : text.slice(0, at).split('\n').length - 1;
}

/** A node as a walk sees it: any mdast node, read-only. */
export interface TreeNode {
  readonly type: string;
  readonly children?: readonly TreeNode[];
  readonly [key: string]: unknown;
}

/**
 * Visits every node under `root` in document order (the root itself excluded). `enter` may
 * return false to skip a node's children.
 */
export function walk(
  root: TreeNode,
  enter: (node: TreeNode, parent: TreeNode, index: number) => boolean | void,
): void {
  const visitChildren = (parent: TreeNode) => {
    const children = parent.children ?? [];
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!;
      if (enter(node, parent, index) !== false && node.children) visitChildren(node);
    }
  };
  visitChildren(root);
}
