import type { AstroIntegration } from 'astro';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Redirect } from '../content/redirects.ts';
import { deployFiles, NGINX_DIR } from './deploy-files.ts';
import { brotliQualityFor, precompress } from './precompress.ts';

/**
 * After the build: the server and CDN configs (deploy-files.ts) and the precompressed
 * files nginx serves. Runs last, so the sitemap and every page already exist. The redirects are
 * the ones Astro was configured with (the content integration sets them), so the fallback pages
 * Astro writes and the 301s of the servers always agree.
 */
export function deployFilesIntegration(): AstroIntegration {
  let cacheDir = '';
  // Read once, when the build starts: BUILD_KIND=release is the deployed build (docs/deploy.md).
  const quality = brotliQualityFor(process.env.BUILD_KIND);
  let redirects: Redirect[] = [];
  return {
    name: 'strong-miles:deploy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        // Astro's cache folder (node_modules/.astro by default): `rm -rf node_modules` clears it.
        // One folder per quality, so a preview's quick copies never reach a release build.
        cacheDir = path.join(fileURLToPath(config.cacheDir), `precompressed-q${quality}`);
        redirects = Object.entries(config.redirects)
          .map(([from, to]) => ({ from, to: typeof to === 'string' ? to : to.destination }))
          .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // Written beside their place and renamed into it, the nginx includes as one folder: a
        // build stopped halfway leaves no half-written config (deploy/nginx.conf includes them
        // by wildcard, so no folder at all is fine, and a reload never reads a truncated file).
        const staging = path.join(root, `.${NGINX_DIR}-${process.pid}`);
        await rm(staging, { recursive: true, force: true });
        for (const [file, content] of Object.entries(deployFiles(redirects))) {
          const inNginxDir = file.startsWith(`${NGINX_DIR}/`);
          const target = inNginxDir
            ? path.join(staging, file.slice(NGINX_DIR.length + 1))
            : path.join(root, file);
          await mkdir(path.dirname(target), { recursive: true });
          await writeFile(`${target}.tmp`, content);
          await rename(`${target}.tmp`, target);
        }
        await rm(path.join(root, NGINX_DIR), { recursive: true, force: true });
        await rename(staging, path.join(root, NGINX_DIR));
        const started = performance.now();
        const { files, fromCache, rebuilt, bytes, br } = await precompress(root, cacheDir, {
          quality,
          onNote: (note) => logger.warn(note),
        });
        logger.info(
          `${redirects.length} redirect(s); _headers, _redirects and nginx includes written; ` +
            `${files} files precompressed (${Math.round(bytes / 1024)} KB -> ${Math.round(br / 1024)} KB brotli at quality ${quality}; ${fromCache} unchanged, from the cache${rebuilt ? `; ${rebuilt} damaged cache entries rebuilt` : ''}) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
