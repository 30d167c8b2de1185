import { statSync } from 'node:fs';
import path from 'node:path';
import type { Image, ImageReference } from 'mdast';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';
import { ContentError } from '../lib/content-errors.ts';
import { imageSourceProblem, TEXT_COLUMN_SIZES } from '../lib/images.ts';
import { resolvedPath } from '../integrations/content/files.ts';
import { imageOutsideContent, isInsideFolder } from '../lib/front-matter-checks.ts';
import { absolutePathOf, lineOf, projectRelative, shownPathOf } from './context.ts';

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
function fillTextColumn(node: Readonly<Image | ImageReference>, ctx: MdastVisitorContext): void {
  // Sätteri copies `data.hProperties` onto the <img>; mdast's own types do not declare it.
  const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
  ctx.setProperty(node, 'data', {
    ...data,
    hProperties: { sizes: TEXT_COLUMN_SIZES, ...data.hProperties },
  });
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
export function imagesPlugin(options: ImageCheckOptions): MdastPluginDefinition {
  // Symbolic links followed, so a link inside content/ to a file elsewhere counts as elsewhere.
  const realContentRoot = () =>
    resolvedPath(options.contentRoot ?? path.join(options.projectRoot, 'content'));
  const fail = (
    ctx: MdastVisitorContext,
    line: number | undefined,
    value: string,
    problem: string,
    valid: string,
  ): never => {
    throw new ContentError({
      file: shownPathOf(ctx, options.projectRoot),
      line,
      field: 'image',
      value,
      problem,
      valid,
    });
  };
  const writtenAsHtml = (ctx: MdastVisitorContext, line: number | undefined): never =>
    fail(
      ctx,
      line,
      '<img>',
      'is written as HTML, so the build cannot resize it',
      `Markdown: ${EXAMPLE}`,
    );

  return {
    name: 'strong-miles:images',
    options: { position: true },
    image(node, ctx) {
      const line = lineOf(node, ctx);
      const file = absolutePathOf(ctx);
      const source = shownPathOf(ctx, options.projectRoot);
      const sourceProblem = imageSourceProblem(node.url);
      if (sourceProblem)
        fail(ctx, line, node.url, sourceProblem, `a relative path such as ${EXAMPLE}`);
      const target = file && path.resolve(path.dirname(file), decodedPath(node.url));
      if (target && !isInsideFolder(resolvedPath(target), realContentRoot())) {
        const outside = imageOutsideContent(source, 'image', node.url, line);
        fail(ctx, line, node.url, outside.problem, outside.valid!);
      }
      if (target && !isFile(target)) {
        const shown = projectRelative(options.projectRoot, target);
        fail(
          ctx,
          line,
          node.url,
          `points to ${shown}, which does not exist`,
          'a path relative to this file',
        );
      }
      if (!node.alt?.trim())
        fail(ctx, line, node.url, 'has no alt text', `describe what the image shows: ${EXAMPLE}`);
      fillTextColumn(node, ctx);
    },
    imageReference(node, ctx) {
      if (!node.alt?.trim())
        fail(
          ctx,
          lineOf(node, ctx),
          node.label ?? node.identifier,
          'has no alt text',
          `describe what the image shows: ${EXAMPLE}`,
        );
      fillTextColumn(node, ctx);
    },
    html(node, ctx) {
      if (/<img\b/i.test(node.value)) writtenAsHtml(ctx, lineOf(node, ctx));
    },
    mdxJsxFlowElement(node, ctx) {
      if (node.name === 'img') writtenAsHtml(ctx, lineOf(node, ctx));
    },
    mdxJsxTextElement(node, ctx) {
      if (node.name === 'img') writtenAsHtml(ctx, lineOf(node, ctx));
    },
  };
}
