import type { AstroIntegration } from 'astro';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Redirect } from '../content/redirects.ts';
import { deployFiles } from './deploy-files.ts';
import { precompress } from './precompress.ts';

/**
 * After the build: the server and CDN configs (deploy-files.ts) and the precompressed
 * files nginx serves. Runs last, so the sitemap and every page already exist. The redirects are
 * the ones Astro was configured with (the content integration sets them), so the fallback pages
 * Astro writes and the 301s of the servers always agree.
 */
export function deployFilesIntegration(): AstroIntegration {
  let cacheDir = '';
  let redirects: Redirect[] = [];
  return {
    name: 'strong-miles:deploy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Astro's cache folder (node_modules/.astro by default): `rm -rf node_modules` clears it.
        cacheDir = path.join(fileURLToPath(config.cacheDir), 'precompressed');
        redirects = Object.entries(config.redirects)
          .map(([from, to]) => ({ from, to: typeof to === 'string' ? to : to.destination }))
          .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
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
