import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * What decides how a Markdown file renders besides the file itself: the project's Markdown
 * plugins and the code they import, the collections' schemas (their transforms, such as
 * smart punctuation, are cached with the entry), the site's words and settings, the reference
 * list the citations are checked against, and the installed versions of the Markdown packages.
 */
export const MARKDOWN_PIPELINE_INPUTS = [
  'src/markdown',
  'src/lib',
  'src/integrations/content',
  'src/schemas',
  'src/content.config.ts',
  'src/ui.ts',
  'src/site.config.ts',
  'content/references.json',
  'package-lock.json',
] as const;

/** Every file under `entry` (a file or a folder), relative to `root`, sorted. */
function filesOf(root: string, entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(entry, name))
    .filter((file) => statSync(path.join(root, file)).isFile())
    .sort();
}

/**
 * A digest of the Markdown pipeline's inputs (MARKDOWN_PIPELINE_INPUTS), for the key of Astro's
 * content cache. Astro keeps each Markdown entry's rendered HTML between builds and clears the
 * cache when its config changes, but it compares the config as JSON, where plugins, being
 * functions, leave no trace: an edited plugin (or a reference removed from references.json) would
 * still be served from the cache, unchecked, by the next build. Given as a plugin option, the
 * digest makes any such change clear the cache.
 */
export function markdownPipelineDigest(projectRoot: string): string {
  const hash = createHash('sha256');
  for (const entry of MARKDOWN_PIPELINE_INPUTS) {
    for (const file of filesOf(projectRoot, entry)) {
      hash.update(file.split(path.sep).join('/')).update('\0');
      hash.update(readFileSync(path.join(projectRoot, file))).update('\0');
    }
  }
  return hash.digest('hex');
}
