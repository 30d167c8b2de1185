import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { deployFiles, isCompressible } from '../lib/deploy-files';
import type { Redirect } from '../lib/redirects';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Every file under a folder, as paths relative to it with "/" separators, sorted. */
async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

/**
 * Writes `name.br` and `name.gz` beside each compressible file, at the highest settings (done
 * once per build, so nginx serves them with brotli_static / gzip_static without compressing per
 * request). Both outputs are deterministic: no timestamps in the gzip header.
 */
async function precompress(root: string): Promise<{ files: number; bytes: number; br: number }> {
  const totals = { files: 0, bytes: 0, br: 0 };
  const queue = await listFiles(root);
  // zlib's async calls run on libuv's thread pool: a few at a time use every core.
  const worker = async () => {
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const full = path.join(root, file);
      const size = (await stat(full)).size;
      if (!isCompressible(file, size)) continue;
      const content = await readFile(full);
      const [br, gz] = await Promise.all([
        brotli(content, {
          params: {
            [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
            [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
          },
        }),
        gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      await Promise.all([writeFile(`${full}.br`, br), writeFile(`${full}.gz`, gz)]);
      totals.files += 1;
      totals.bytes += size;
      totals.br += br.length;
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return totals;
}

/**
 * After the build: the server and CDN configs (src/lib/deploy-files.ts) and the precompressed
 * files nginx serves. Runs last, so the sitemap and every page already exist.
 */
export function deployFilesIntegration({
  redirects,
}: {
  redirects: readonly Redirect[];
}): AstroIntegration {
  return {
    name: 'strong-miles:deploy-files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const [file, content] of Object.entries(deployFiles(redirects))) {
          const target = path.join(root, file);
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, content);
        }
        const started = performance.now();
        const { files, bytes, br } = await precompress(root);
        logger.info(
          `${redirects.length} redirect(s); _headers, _redirects and nginx includes written; ` +
            `${files} files precompressed (${Math.round(bytes / 1024)} KB -> ${Math.round(br / 1024)} KB brotli) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
