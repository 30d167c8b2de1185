import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { ContentProblem } from './content-errors';

/**
 * Checks of a content file's front matter that must run before Astro reads it, because Astro's
 * own reading turns the mistake into a misleading message or a silent success.
 */

/** The lines of a file, without a byte-order mark (Astro and YAML both ignore one). */
function linesOf(source: string): string[] {
  return source.replace(/^\uFEFF/, '').split(/\r?\n/);
}

/**
 * A file that opens front matter with `---` and never closes it. Astro then reads the whole
 * file as body and reports every required field as missing, which sends the writer looking for
 * the wrong mistake.
 */
export function unclosedFrontMatter(source: string, file: string): ContentProblem | undefined {
  const lines = linesOf(source);
  if (lines[0]?.trimEnd() !== '---') return undefined;
  if (lines.slice(1).some((text) => text.trimEnd() === '---')) return undefined;
  return {
    file,
    line: 1,
    field: 'front matter',
    problem: 'is not closed: the --- on line 1 has no closing --- line, so no field can be read',
    valid: 'a line with only --- after the last front-matter field, before the text',
  };
}

/** `hero.src` of an article's front matter, if it has one (undefined when it cannot be read). */
export function heroImagePath(source: string): string | undefined {
  const lines = linesOf(source);
  if (lines[0]?.trimEnd() !== '---') return undefined;
  const close = lines.findIndex((text, index) => index > 0 && text.trimEnd() === '---');
  if (close < 0) return undefined;
  try {
    const data = parseYaml(lines.slice(1, close).join('\n')) as { hero?: { src?: unknown } } | null;
    return typeof data?.hero?.src === 'string' ? data.hero.src : undefined;
  } catch {
    // Astro reports the YAML error itself, with its position.
    return undefined;
  }
}

/**
 * Whether an image path (already resolved, symbolic links followed) lies inside the content
 * folder: images are published, so one read from elsewhere in the project, or outside it,
 * would publish a file no writer put into content/.
 */
export function isInsideFolder(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The problem of an image that resolves outside content/, for front matter or a body. */
export function imageOutsideContent(
  file: string,
  field: string,
  value: string,
  line?: number,
): ContentProblem {
  return {
    file,
    line,
    field,
    value,
    problem: 'is outside the content/ folder, and only files inside it are published',
    valid: 'an image inside content/, next to this file, such as ./photo.jpg',
  };
}
