import path from 'node:path';
import type { VFile } from 'vfile';

/**
 * The object Astro exposes to pages as `remarkPluginFrontmatter`: plugins put what they learn
 * about a document (its citations, its cross-links) here.
 */
export function frontmatterOf(file: VFile): Record<string, unknown> {
  const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  return data.astro.frontmatter;
}

/** A path relative to the project root, with forward slashes, for messages. */
export function projectRelative(projectRoot: string, file: string): string {
  return path.relative(projectRoot, file).split(path.sep).join('/');
}
