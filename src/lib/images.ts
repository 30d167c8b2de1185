/**
 * Responsive images: which widths to generate, and which image references a page may use.
 * Pure, so the remark check and the image components agree and can be unit-tested.
 */

/** Output formats, best first; the browser takes the first it supports from the <picture>. */
export const IMAGE_FORMATS = ['avif', 'webp'] as const;

/** Widths generated for an image: 1x and 2x of a phone column up to 2x of the text column. */
export const IMAGE_WIDTHS = [400, 800, 1200, 1600] as const;

/**
 * The `sizes` of an image that fills the text column (`.prose`, at most 38rem wide): below 42rem
 * the page's side padding (1.25rem each side) is the limit. The browser picks a file from it.
 */
export const TEXT_COLUMN_SIZES = '(min-width: 42rem) 38rem, calc(100vw - 2.5rem)';

/**
 * The candidate widths an image can fill without being enlarged. An image narrower than the
 * smallest candidate keeps its own width only.
 */
export function responsiveWidths(
  sourceWidth: number,
  candidates: readonly number[] = IMAGE_WIDTHS,
): number[] {
  const fitting = candidates.filter((width) => width <= sourceWidth);
  return fitting.length ? fitting : [sourceWidth];
}

/** File types the build can process: photos are resized and converted, SVG is copied as is. */
export const IMAGE_EXTENSIONS = [
  '.jpg',
  '.jpeg',
  '.png',
  '.webp',
  '.avif',
  '.gif',
  '.tiff',
  '.svg',
] as const;

/**
 * Why an image reference cannot be used as written, or undefined when it is a relative path to a
 * file type the build can process. Remote images would make readers' browsers contact another
 * site, and files under public/ ("/...") are served as they are, never resized.
 */
export function imageSourceProblem(url: string): string | undefined {
  if (/^[a-z][a-z\d+.-]*:/i.test(url) || url.startsWith('//'))
    return 'is not a file in the project; pages on this site load nothing from other sites';
  if (url.startsWith('/'))
    return 'is a path from the site root, which is served as is and never resized';
  const extension = /\.[^./\\]+$/.exec(url.split(/[?#]/)[0] ?? '')?.[0]?.toLowerCase() ?? '';
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extension))
    return `is not an image type the build can process (${extension || 'no extension'})`;
  return undefined;
}
