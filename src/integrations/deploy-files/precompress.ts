import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { compressedCopyProblem, writeFileAtomic } from '../../../tools/lib/cache-files.ts';
import { filesUnder } from '../../../tools/lib/dist.ts';
import { isCompressible } from './deploy-files.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface PrecompressTotals {
  /** Files that got a .br and a .gz beside them. */
  files: number;
  /** Of those, how many were taken from the cache instead of compressed again. */
  fromCache: number;
  /** Cache entries that did not decode to their source and were compressed again. */
  rebuilt: number;
  /** Bytes before compression, and after brotli. */
  bytes: number;
  br: number;
}

/**
 * Brotli quality by kind of build: 11 (the smallest files, about 10% smaller, several times
 * slower) for `BUILD_KIND=release`, the build that is deployed; 5 for everything else (previews,
 * CI, local builds), where build time matters more than the last bytes.
 */
export function brotliQualityFor(buildKind: string | undefined): number {
  return buildKind === 'release' ? constants.BROTLI_MAX_QUALITY : 5;
}

export interface PrecompressOptions {
  /** Brotli quality, 0 to 11 (brotliQualityFor). The cache folder must be per quality. */
  quality: number;
  /** Called with a one-line note for each damaged cache entry that was rebuilt. */
  onNote?: (note: string) => void;
}

/** Brotli at the given quality and gzip at level 9 (cheap at any size). */
async function compress(content: Buffer, quality: number): Promise<{ br: Buffer; gz: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: quality,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return { br, gz };
}

/**
 * Writes `name.br` and `name.gz` beside each compressible file under `root` (nginx serves them
 * with brotli_static / gzip_static instead of compressing per request). Both outputs are
 * deterministic (no timestamp in the gzip header), so they are kept in `cacheDir` by the hash
 * of the file's bytes: quality 11 costs about 80 ms of CPU per 60 KB page, and an unchanged page
 * is not compressed twice. Entries the build did not use are removed: the cache holds one build.
 *
 * The cache is never trusted blind: every entry is written whole (temporary file and rename) and
 * decoded and compared with the file before it is used, so a truncated or stale entry is
 * compressed again (with a note) instead of shipping a broken `.br` that nginx would serve.
 */
export async function precompress(
  root: string,
  cacheDir: string,
  { quality, onNote = () => {} }: PrecompressOptions,
): Promise<PrecompressTotals> {
  if (!Number.isInteger(quality) || quality < 0 || quality > constants.BROTLI_MAX_QUALITY)
    throw new Error(`precompress: brotli quality ${quality} is not an integer from 0 to 11.`);
  const totals: PrecompressTotals = { files: 0, fromCache: 0, rebuilt: 0, bytes: 0, br: 0 };
  await mkdir(cacheDir, { recursive: true });
  const used = new Set<string>();
  const queue = filesUnder(root);
  let next = 0;
  // zlib's async calls run on libuv's thread pool: a few at a time use every core.
  const worker = async () => {
    while (next < queue.length) {
      const file = queue[next++]!;
      const full = path.join(root, file);
      const size = (await stat(full)).size;
      if (!isCompressible(file, size)) continue;
      const content = await readFile(full);
      const key = createHash('sha256').update(content).digest('hex');
      const cached = { br: path.join(cacheDir, `${key}.br`), gz: path.join(cacheDir, `${key}.gz`) };
      used.add(`${key}.br`).add(`${key}.gz`);
      let fromCache: { br: Buffer; gz: Buffer } | undefined;
      if (existsSync(cached.br) && existsSync(cached.gz)) {
        const [br, gz] = await Promise.all([readFile(cached.br), readFile(cached.gz)]);
        const problem =
          compressedCopyProblem('br', br, content) ?? compressedCopyProblem('gz', gz, content);
        if (problem === undefined) fromCache = { br, gz };
        else {
          totals.rebuilt += 1;
          onNote(`cached compressed copy of ${file} is damaged (${problem}); compressing it again`);
        }
      }
      let br: Buffer;
      let gz: Buffer;
      if (fromCache) {
        ({ br, gz } = fromCache);
        totals.fromCache += 1;
      } else {
        ({ br, gz } = await compress(content, quality));
        await Promise.all([writeFileAtomic(cached.br, br), writeFileAtomic(cached.gz, gz)]);
      }
      await Promise.all([writeFileAtomic(`${full}.br`, br), writeFileAtomic(`${full}.gz`, gz)]);
      totals.files += 1;
      totals.bytes += size;
      totals.br += br.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  for (const entry of await readdir(cacheDir)) {
    if (!used.has(entry)) await rm(path.join(cacheDir, entry), { force: true });
  }
  return totals;
}
