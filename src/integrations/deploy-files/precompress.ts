import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { filesUnder } from '../../../tools/lib/dist.ts';
import { isCompressible } from './deploy-files.ts';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface PrecompressTotals {
  /** Files that got a .br and a .gz beside them. */
  files: number;
  /** Of those, how many were taken from the cache instead of compressed again. */
  fromCache: number;
  /** Bytes before compression, and after brotli. */
  bytes: number;
  br: number;
}

/** Brotli at quality 11 and gzip at level 9: the smallest files, the slowest settings. */
async function compress(content: Buffer): Promise<{ br: Buffer; gz: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
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
 */
export async function precompress(root: string, cacheDir: string): Promise<PrecompressTotals> {
  const totals: PrecompressTotals = { files: 0, fromCache: 0, bytes: 0, br: 0 };
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
      let br: Buffer;
      let gz: Buffer;
      if (existsSync(cached.br) && existsSync(cached.gz)) {
        [br, gz] = await Promise.all([readFile(cached.br), readFile(cached.gz)]);
        totals.fromCache += 1;
      } else {
        ({ br, gz } = await compress(content));
        await Promise.all([writeFile(cached.br, br), writeFile(cached.gz, gz)]);
      }
      await Promise.all([writeFile(`${full}.br`, br), writeFile(`${full}.gz`, gz)]);
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
