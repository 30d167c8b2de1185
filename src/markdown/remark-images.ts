import { statSync } from 'node:fs';
import path from 'node:path';
import type { Image, ImageReference, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { ContentError } from '../lib/content-errors';
import { imageSourceProblem, TEXT_COLUMN_SIZES } from '../lib/images';
import { resolvedPath } from '../integrations/content/files';
import { imageOutsideContent, isInsideFolder } from '../lib/front-matter-checks';
import { projectRelative } from './vfile-helpers';

export interface ImageCheckOptions {
  /** Absolute path of the project root (error messages show paths relative to it). */
  projectRoot: string;
  /** Absolute path of the content folder, the only place images are read from (default: content/). */
  contentRoot?: string;
}

const EXAMPLE = '![A runner doing a split squat with dumbbells](./split-squat.jpg)';

/** The path a Markdown URL names (`%20` and the like decoded; left as is if malformed). */
function decodedPath(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Tells the browser the image fills the text column (a `sizes` set by an earlier plugin wins). */
function fillTextColumn(node: Image | ImageReference): void {
  // remark-rehype copies `data.hProperties` onto the <img>; mdast's own types do not declare it.
  const data = (node.data ??= {}) as { hProperties?: Record<string, unknown> };
  data.hProperties = { sizes: TEXT_COLUMN_SIZES, ...data.hProperties };
}

/**
 * Checks every image in a Markdown or MDX body before Astro processes it, so a writer gets one
 * clear message instead of a missing picture: alt text is required (screen readers say it, and
 * it shows when the file fails), and the image must be a file in the project, written as
 * Markdown, so the build can make its responsive versions (see src/components/ContentImage.astro).
 * Each image is also told the width it will show at, the text column's `sizes`: Astro's default
 * for `.md` images is the full window up to 1600px, which made desktop browsers fetch a file
 * twice as wide as the column.
 */
export function remarkImages(options: ImageCheckOptions) {
  // Symbolic links followed, so a link inside content/ to a file elsewhere counts as elsewhere.
  const realContentRoot = () =>
    resolvedPath(options.contentRoot ?? path.join(options.projectRoot, 'content'));
  return (tree: Root, file: VFile): void => {
    const source = file.path ? projectRelative(options.projectRoot, file.path) : '(unknown file)';
    const fail = (
      line: number | undefined,
      value: string,
      problem: string,
      valid: string,
    ): never => {
      throw new ContentError({ file: source, line, field: 'image', value, problem, valid });
    };

    visit(tree, (node) => {
      const line = node.position?.start.line;
      const type: string = node.type;
      if (node.type === 'image') {
        const sourceProblem = imageSourceProblem(node.url);
        if (sourceProblem)
          fail(line, node.url, sourceProblem, `a relative path such as ${EXAMPLE}`);
        const target = file.path && path.resolve(path.dirname(file.path), decodedPath(node.url));
        if (target && !isInsideFolder(resolvedPath(target), realContentRoot())) {
          const outside = imageOutsideContent(source, 'image', node.url, line);
          fail(line, node.url, outside.problem, outside.valid!);
        }
        if (target && !isFile(target)) {
          const shown = projectRelative(options.projectRoot, target);
          fail(
            line,
            node.url,
            `points to ${shown}, which does not exist`,
            'a path relative to this file',
          );
        }
        if (!node.alt?.trim())
          fail(line, node.url, 'has no alt text', `describe what the image shows: ${EXAMPLE}`);
        fillTextColumn(node);
      } else if (node.type === 'imageReference') {
        if (!node.alt?.trim())
          fail(
            line,
            node.label ?? node.identifier,
            'has no alt text',
            `describe what the image shows: ${EXAMPLE}`,
          );
        fillTextColumn(node);
      } else if (
        (node.type === 'html' && /<img\b/i.test(node.value)) ||
        ((type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') &&
          (node as { name?: string | null }).name === 'img')
      ) {
        fail(
          line,
          '<img>',
          'is written as HTML, so the build cannot resize it',
          `Markdown: ${EXAMPLE}`,
        );
      }
    });
  };
}
