import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileStylesheet, prunePageStyles } from '../lib/css-prune';
import { cspForOwnInlineCode } from '../lib/security';

/**
 * After the build, trims each page's inlined stylesheet to the rules that page can use (see
 * src/lib/css-prune.ts). Astro inlines the whole site stylesheet into every page; this keeps
 * an article page's CSS to what articles use. Module scripts a page loads count as used text,
 * so a class a script adds by name keeps its rules. Then the page's CSP is trimmed to the hashes
 * of the code it carries (see cspForOwnInlineCode).
 */
export function prunePageCss(): AstroIntegration {
  return {
    name: 'strong-miles:prune-page-css',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let before = 0;
        let after = 0;
        let pages = 0;
        const compiled = new Map<string, ReturnType<typeof compileStylesheet>>();
        for (const file of htmlFiles(root)) {
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
          `Trimmed inlined CSS on ${pages} pages: ${Math.round((before - after) / 1024)} KB less HTML in total.`,
        );
      },
    },
  };
}

function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
