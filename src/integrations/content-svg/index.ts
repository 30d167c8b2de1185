import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../../lib/content-errors.ts';
import { describeSvgFindings, svgActiveContent } from '../../lib/svg-safety.ts';

/** Every .svg under `folder`, as absolute paths, in a stable order. */
function svgFilesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.svg'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Stops the build (and `astro dev`) when an SVG under content/ holds active content (script,
 * event handlers, foreignObject, external references: src/lib/svg-safety.ts). Content SVGs are
 * copied to /_astro/ unchanged and can be opened directly, as documents on the site's origin.
 * Every SVG in the folder is checked, referenced or not, so no image path (Markdown, MDX, front
 * matter) can slip past, and before any page is rendered, so the error comes first.
 */
export function contentSvgCheck({
  contentRoot,
  projectRoot,
}: {
  contentRoot: string;
  projectRoot: string;
}): AstroIntegration {
  return {
    name: 'strong-miles:content-svg',
    hooks: {
      'astro:config:setup': () => {
        for (const file of svgFilesUnder(contentRoot)) {
          const findings = svgActiveContent(readFileSync(file, 'utf8'));
          if (findings.length === 0) continue;
          throw new ContentError({
            file: path.relative(projectRoot, file),
            line: findings[0]?.line,
            field: 'SVG image',
            problem: `contains active content, which would run on the site's origin when the file is opened: ${describeSvgFindings(findings)}`,
            valid:
              'a picture only: shapes, paths, text, gradients and #fragment references (export it again as "plain SVG", or use a PNG)',
          });
        }
      },
    },
  };
}
