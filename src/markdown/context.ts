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

/** The line a node starts on (plugins that report lines opt in to positions). */
export const lineOf = (node: { position?: { start: { line: number } } | undefined }) =>
  node.position?.start.line;

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
