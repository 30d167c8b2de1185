import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * The one walk over a build folder, shared by the build hooks (CSS pruning, precompression),
 * the checks and the benchmarks, so they all see the same files in the same order.
 */

/** Every file under `root`, as paths relative to it with "/" separators, in code-point order. */
export function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** A built HTML page: the URL path it is served at and its file (relative to the build root). */
export interface BuiltPageFile {
  /** "/articles/x/" for "articles/x/index.html"; "/404.html" for "404.html". */
  urlPath: string;
  file: string;
}

/** The URL path a file of the build is served at ("articles/x/index.html" -> "/articles/x/"). */
export function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Every HTML page under `root`, in the order of `filesUnder`. */
export function htmlPagesUnder(root: string): BuiltPageFile[] {
  return filesUnder(root)
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ urlPath: urlPathOf(file), file }));
}
