import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Redirect } from '../../lib/redirects.ts';
import { deployFiles } from './deploy-files.ts';
import { precompress } from './precompress.ts';

/**
 * After the build: the server and CDN configs (deploy-files.ts) and the precompressed
 * files nginx serves. Runs last, so the sitemap and every page already exist.
 */
export function deployFilesIntegration({
  redirects,
}: {
  redirects: readonly Redirect[];
}): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'strong-miles:deploy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Astro's cache folder (node_modules/.astro by default): `rm -rf node_modules` clears it.
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'precompressed');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        for (const [file, content] of Object.entries(deployFiles(redirects))) {
          const target = path.join(root, file);
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(target, content);
        }
        const started = performance.now();
        const { files, fromCache, bytes, br } = await precompress(root, cacheDir);
        logger.info(
          `${redirects.length} redirect(s); _headers, _redirects and nginx includes written; ` +
            `${files} files precompressed (${Math.round(bytes / 1024)} KB -> ${Math.round(br / 1024)} KB brotli; ${fromCache} unchanged, from the cache) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
