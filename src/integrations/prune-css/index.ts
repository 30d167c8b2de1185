import type { AstroIntegration } from 'astro';
import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlPagesUnder } from '../../../tools/lib/dist.ts';
import { cspForOwnInlineCode } from './csp.ts';
import { compileStylesheet, prunePageStyles } from './prune.ts';

/**
 * After the build, trims each page's inlined stylesheet to the rules that page can use (see
 * prune.ts). Astro inlines the whole site stylesheet into every page; this keeps an article
 * page's CSS to what articles use. Module scripts a page loads count as used text, so a class a
 * script adds by name keeps its rules. Then the page's CSP is trimmed to the hashes of the code
 * it carries (see csp.ts). Pages are read and written without blocking, and each is replaced
 * whole (written beside it, then renamed over it), because the search index is built from the
 * same files at the same time (src/integrations/search-index/).
 */
export function prunePageCss(): AstroIntegration {
  return {
    name: 'strong-miles:prune-page-css',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        let before = 0;
        let after = 0;
        let pages = 0;
        const compiled = new Map<string, ReturnType<typeof compileStylesheet>>();
        const scriptTexts = new Map<string, Promise<string>>();
        const scriptText = (src: string) => {
          if (!scriptTexts.has(src)) scriptTexts.set(src, readFile(path.join(root, src), 'utf8'));
          return scriptTexts.get(src)!;
        };
        for (const { file: relative } of htmlPagesUnder(root)) {
          const file = path.join(root, relative);
          const html = await readFile(file, 'utf8');
          const scripts = await Promise.all(
            [...html.matchAll(/<script\b[^>]*\bsrc="(\/[^"]+\.js)"/g)].map((match) =>
              scriptText(match[1]!),
            ),
          );
          const pruned = cspForOwnInlineCode(prunePageStyles(html, scripts, compiled));
          before += html.length;
          after += pruned.length;
          pages += 1;
          if (pruned !== html) {
            const temporary = `${file}.${process.pid}.tmp`;
            await writeFile(temporary, pruned);
            await rename(temporary, file);
          }
        }
        logger.info(
          `Trimmed inlined CSS on ${pages} pages: ${Math.round((before - after) / 1024)} KB less HTML in total, in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}
