import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compressedCopyProblem, pngProblem } from './cache-files.ts';

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

/**
 * Problems with the build's binary outputs, as "file: problem" lines: every `.br` and `.gz` must
 * decode to the file beside it (a 0-byte or stale copy would be served by nginx's brotli_static /
 * gzip_static as the page itself), and every PNG must be whole (signature, chunks and CRCs,
 * IHDR to IEND). Run by `npm run check:dist`.
 */
export function builtFileProblems(root: string): string[] {
  const problems: string[] = [];
  for (const file of filesUnder(root)) {
    const encoding = file.endsWith('.br') ? 'br' : file.endsWith('.gz') ? 'gz' : undefined;
    if (encoding) {
      const source = path.join(root, file.slice(0, -encoding.length - 1));
      const problem = existsSync(source)
        ? compressedCopyProblem(encoding, readFileSync(path.join(root, file)), readFileSync(source))
        : `no ${path.basename(source)} beside it to be a copy of`;
      if (problem) problems.push(`${file}: ${problem}`);
    } else if (file.endsWith('.png')) {
      const problem = pngProblem(readFileSync(path.join(root, file)));
      if (problem) problems.push(`${file}: not a whole PNG (${problem})`);
    }
  }
  return problems;
}
