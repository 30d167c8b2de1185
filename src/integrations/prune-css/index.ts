import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
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
 * it carries (see csp.ts).
 */
export function prunePageCss(): AstroIntegration {
  return {
    name: 'strong-miles:prune-page-css',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        let before = 0;
        let after = 0;
        let pages = 0;
        const compiled = new Map<string, ReturnType<typeof compileStylesheet>>();
        for (const { file: relative } of htmlPagesUnder(root)) {
          const file = path.join(root, relative);
          const html = readFileSync(file, 'utf8');
          const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="(\/[^"]+\.js)"/g)].map((match) =>
            readFileSync(path.join(root, match[1]!), 'utf8'),
          );
          const pruned = cspForOwnInlineCode(prunePageStyles(html, scripts, compiled));
          before += html.length;
          after += pruned.length;
          pages += 1;
          if (pruned !== html) writeFileSync(file, pruned);
        }
        logger.info(
          `Trimmed inlined CSS on ${pages} pages: ${Math.round((before - after) / 1024)} KB less HTML in total, in ${Math.round(performance.now() - started)} ms.`,
        );
      },
    },
  };
}
